export * from './escalation.activities';
export * from './read-model.activities';
export * from '../../webhooks/src';
export * from './webhook-signature';
