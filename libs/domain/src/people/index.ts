export * from './roles';
export * from './step-roles';
export * from './tasks';
