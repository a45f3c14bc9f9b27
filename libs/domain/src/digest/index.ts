export * from './weekly-digest';
