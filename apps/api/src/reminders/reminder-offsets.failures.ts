import type { ReminderOffsetsViolation } from '../../../../libs/domain/src';

/** Expected reasons setting reminder offsets fails; reminder-offsets.errors.ts maps them to GraphQL errors. */
export type ReminderOffsetsFailure =
  | { kind: 'PROGRAMME_NOT_FOUND'; programmeId: string }
  | { kind: 'NOT_PROJECT_LEAD'; programmeId: string }
  | { kind: 'OUTSIDE_POLICY'; violation: ReminderOffsetsViolation };
