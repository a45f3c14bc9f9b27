export { loadMailConfig, type MailConfig } from './mail-config';
export { enqueueMail, outgoingMailProblem, type OutgoingMail } from './outbox';
export { MailSender } from './sender';
export { renderInvitation } from './templates';
