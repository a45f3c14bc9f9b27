import { checklist, type ChecklistItem } from './checklist';
import { nextWakeAt, openEscalationLevel } from './lifecycle';
import type { EscalationLevel, ProgrammeState } from './types';

/** What a query answers: the state plus what follows from it (same functions as the workflow). */
export interface ProgrammeView extends ProgrammeState {
  checklist: ChecklistItem[];
  openEscalationLevel: 0 | EscalationLevel;
  /** ISO instant of the next stall level or school-year deadline, if any. */
  nextDeadlineAt?: string;
}

export function viewProgramme(state: ProgrammeState): ProgrammeView {
  const view: ProgrammeView = {
    ...state,
    checklist: checklist(state),
    openEscalationLevel: openEscalationLevel(state),
  };
  const next = nextWakeAt(state);
  if (next !== undefined) view.nextDeadlineAt = new Date(next).toISOString();
  return view;
}
