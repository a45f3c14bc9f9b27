export * from './escalation.activities';
export * from './read-model.activities';
export * from './webhook-target';
export * from './webhook-signature';
