export * from './webhook-target';
export * from './webhook-policy';
