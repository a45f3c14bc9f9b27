export * from './escalation.activities';
export * from './read-model.activities';
