import type { StepAccessRefusal } from '../../../../libs/domain/src';
import type { InvitationProblem } from '../../../../libs/persistence/src';

/**
 * Expected reasons a directory request fails; members.errors.ts maps them to GraphQL errors. Who
 * may do what is decided from the signed-in person's memberships, never from the request (P1).
 */
export type MembersFailure =
  | { kind: 'PROGRAMME_NOT_FOUND'; programmeId: string }
  | { kind: 'NOT_PROJECT_LEAD'; to: 'invite' | 'remove' | 'withdraw' | 'invitations' }
  | { kind: 'NOT_KWARTIERMAKER' }
  | { kind: 'INVALID_INVITATION_INPUT'; field: string; nl: string; en: string }
  | { kind: 'ADMINISTRATIVE_LEAD_TAKEN' }
  | { kind: 'INVITATION_UNUSABLE'; problem: InvitationProblem }
  | { kind: 'MEMBERSHIP_NOT_FOUND'; membershipId: string }
  | { kind: 'INVITATION_NOT_FOUND'; invitationId: string }
  | { kind: 'LAST_PROJECT_LEAD' }
  | { kind: 'MEMBER_NOT_FOUND'; memberId: string }
  | { kind: 'STEP_NOT_YOURS'; refusal: StepAccessRefusal };
