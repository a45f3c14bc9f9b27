export * from './mentors';
export * from './practices';
