export * from './mentors';
export * from './practices';
export * from './peer-comparison';
