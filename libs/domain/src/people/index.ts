export * from './roles';
export * from './step-roles';
