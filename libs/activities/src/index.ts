export * from './escalation.activities';
export { escalationMessageIdLocalPart, type EscalationMailOptions } from './escalation-mail';
export * from './read-model.activities';
export { ReminderMailer, type ReminderScanRun } from './reminder-mail';
export { createDigestActivities } from './weekly-digest.activities';
export * from '../../webhooks/src';
export * from './webhook-signature';
