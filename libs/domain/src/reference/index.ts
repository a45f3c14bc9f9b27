export * from './reference-year';
