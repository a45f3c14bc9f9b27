export * from './calendar';
export * from './lifecycle';
export * from './municipality';
export * from './national';
export * from './programme';
export * from './result';
export * from './rule-ids';
export * from './rule-sentences';
