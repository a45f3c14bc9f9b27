export { renderWeeklyDigest } from './digest-templates';
export { loadMailConfig, type MailConfig } from './mail-config';
export {
  renderEscalationRaised,
  renderEscalationResolved,
  type EscalationAddressee,
  type EscalationFacts,
} from './escalation-templates';
export { enqueueMail, outgoingMailProblem, type OutgoingMail } from './outbox';
export { renderReminder, type ReminderFacts } from './reminder-templates';
export { MailSender } from './sender';
export { renderInvitation } from './templates';
export { deliverySentence, failedMailCount, mailDeliveryOf, type MailRecipientRole } from './delivery';
export { renderSessionInvitation, sessionIcs, sessionInvitationFacts } from './session-invitation';
