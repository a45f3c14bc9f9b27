export * from './escalation.activities';
export { escalationMessageIdLocalPart, type EscalationMailOptions } from './escalation-mail';
export * from './read-model.activities';
export {
  createDigestActivities,
  sendWeeklyDigests,
  UNSUBSCRIBE_PATH,
  type DigestMailOptions,
} from './weekly-digest.activities';
export * from '../../webhooks/src';
export * from './webhook-signature';
