export * from './env';
export * from './logger';
export * from './supervision';
export * from './temporal-connection';
export * from './metrics-server';
export * from './tracing';
