import { addIsoDays, parseIsoDate, startOfAmsterdamDay, type IsoDate } from '../calendar/amsterdam-time';
import { checklist } from '../lifecycle/checklist';
import { nextLevelDue } from '../lifecycle/clocks';
import type { CommandType } from '../lifecycle/commands';
import type { ActorRole, EscalationKind, EscalationLevel, ProgrammeState, StepKey } from '../lifecycle/types';
import type { ProgrammePhase, ProgrammeStatus } from '../programme';
import type { RuleId } from '../rule-ids';
import { sameOrganisation, type Grant, type MemberRole } from '../people/roles';
import { STEP_ROLES } from '../people/step-roles';
import type { TimelineContext } from '../labels-timeline';

// The weekly digest of one person (issue 16): per programme they hold a role in, what is due for
// THEM in the coming weeks and what changed last week. Pure: the week, the programmes' states and
// the directory's names come in as arguments. Which role takes which step is STEP_ROLES (P1).

/** How far ahead the digest looks. */
export const DIGEST_HORIZON_WEEKS = 3;

/** One programme the person holds at least one role in. */
export interface DigestProgrammeInput {
  state: ProgrammeState;
  municipalityName: string;
  /** The person's current roles in this programme (their memberships). */
  grants: readonly Pick<Grant, 'role' | 'partner'>[];
  /**
   * Changes recorded outside the workflow (the member directory's audit trail: who joined or left),
   * already worded; those in last week are merged with the timeline's.
   */
  directoryChanges?: readonly DigestChange[];
}

export interface WeeklyDigestInput {
  /** The Monday the digest is for (a date in Europe/Amsterdam). */
  weekStart: IsoDate;
  programmes: readonly DigestProgrammeInput[];
  /** Names by member id, from the directory (P4: a pseudonym once erased; never from history). */
  names: ReadonlyMap<string, string>;
}

/** Deadlines that fall by themselves: a stall level, or one of the school-year dates of R3.1. */
export type DigestDeadlineKind =
  'STALL' | 'TRAINING_WINDOW_OPENS' | 'TRAINING_NOT_STARTED' | 'CALENDAR_CUTOFF' | 'SCHOOL_YEAR_MISSED';

export type DigestDue =
  /** An escalation still open that is addressed to one of the person's roles (P3). */
  | {
      kind: 'ESCALATION';
      level: EscalationLevel;
      escalationKind: EscalationKind;
      step: StepKey;
      /** Dutch, as the workflow recorded it. */
      message: string;
      dueAt: string;
    }
  /** A deadline within the horizon of a step the person's roles take. */
  | {
      kind: 'DEADLINE';
      deadline: DigestDeadlineKind;
      at: string;
      step: StepKey;
      level?: EscalationLevel;
      actionTitle?: string;
    }
  /** A planned training session within the horizon (the project lead records it delivered). */
  | { kind: 'SESSION'; date: IsoDate; title: string };

/** An open checklist item of the current phase that one of the person's roles can resolve. */
export interface DigestOpenItem {
  ruleId: RuleId;
  /** Dutch, from the checklist. */
  label: string;
  missing?: string;
  blocking: boolean;
}

/** One timeline entry of last week. */
export interface DigestChange {
  at: string;
  /** The event code (`commitPartner`, `escalationRaised`, …). */
  event: string;
  /** Dutch, as the workflow recorded it. */
  summary: string;
  byRole: ActorRole;
  /** The actor's name from the directory, when the entry names a member. */
  byName?: string;
  /** A programme manager recorded it for this person (P1). */
  onBehalfOfName?: string;
}

export interface DigestProgramme {
  programmeId: string;
  municipalityName: string;
  phase: ProgrammePhase;
  status: ProgrammeStatus;
  roles: MemberRole[];
  due: DigestDue[];
  openItems: DigestOpenItem[];
  changes: DigestChange[];
  /** What the changes' stored lines refer to (action titles, escalations), to word them when rendered. */
  context?: TimelineContext;
}

export interface WeeklyDigest {
  weekStart: IsoDate;
  /** ISO 8601 week of `weekStart`, e.g. `2026-W49` (part of the message's Message-ID). */
  isoWeek: string;
  /** Last week: `[changesFrom, changesUntil)`, instants. */
  changesFrom: string;
  changesUntil: string;
  /** The horizon: `[changesUntil, dueUntil)`. */
  dueUntil: string;
  /** Only programmes with something due or changed. */
  programmes: DigestProgramme[];
}

/** The steps that resolve each checklist rule: whoever may take one of them has the item to do. */
const RULE_STEPS: Partial<Record<RuleId, readonly CommandType[]>> = {
  'R1.1': ['designateAdministrativeLead', 'confirmCommitment'],
  'R1.2': ['commitPartner'],
  'R1.3': ['appointProjectLead'],
  'R1.4': ['recordRecommendation'],
  'R1.5': ['recordRecommendation'],
  'R2.1': ['recordBottleneck'],
  'R2.2': ['selectTheme'],
  'R2.3': ['addAction'],
  'R2.4': ['confirmSupport'],
  'R2.5': ['adoptAgenda'],
  'R3.1': ['startSchoolBoardTalks', 'fixTrainingCalendar'],
  'R3.2': ['updateActionStatus'],
  'R4.1': ['recordEmbedding'],
  'R4.3': ['nameEmbeddingOwner'],
};

/** Escalation levels by who receives them (P3): level 2 goes to the alderman with a copy to the project lead. */
const ESCALATION_ROLES: Record<EscalationLevel, readonly MemberRole[]> = {
  1: ['PROJECT_LEAD'],
  2: ['ADMINISTRATIVE_LEAD', 'PROJECT_LEAD'],
  3: [],
};

const TRAINING_STEPS: readonly CommandType[] = ['startSchoolBoardTalks', 'fixTrainingCalendar'];
const CONTINUATION_STEPS: readonly CommandType[] = ['recordCheckIn', 'reportIndicators'];

const takes = (roles: readonly MemberRole[], steps: readonly CommandType[]) =>
  steps.some((s) => STEP_ROLES[s].some((r) => r !== 'KWARTIERMAKER' && roles.includes(r)));

/** ISO 8601 week (`YYYY-Www`) of a date. */
export function isoWeekOf(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  const day = Date.UTC(p.year, p.month - 1, p.day);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (Europe/Amsterdam) of the week a date falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  const weekday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
  return addIsoDays(date, -weekday);
}

function dueOf(p: DigestProgrammeInput, roles: MemberRole[], fromMs: number, untilMs: number): DigestDue[] {
  const s = p.state;
  const due: DigestDue[] = [];
  for (const e of s.escalations) {
    if (e.status === 'RESOLVED' || !ESCALATION_ROLES[e.level].some((r) => roles.includes(r))) continue;
    due.push({
      kind: 'ESCALATION',
      level: e.level,
      escalationKind: e.kind,
      step: e.step,
      message: e.message,
      dueAt: e.dueAt,
    });
  }
  // A paused, closed or aborted programme has no clock running: nothing falls due by itself.
  if (s.status !== 'ACTIVE') return due;
  const within = (ms: number) => ms >= fromMs && ms < untilMs;
  const open = checklist(s).filter((i) => !i.done && i.blocking);
  for (const clock of s.clocks) {
    const next = nextLevelDue(clock, s.settings);
    if (!next || !within(next.atMs)) continue;
    let mine: boolean;
    let actionTitle: string | undefined;
    if (clock.step.startsWith('ACTION:')) {
      const action = s.agenda.actions.find((a) => `ACTION:${a.id}` === clock.step);
      actionTitle = action?.title;
      // R3.2: the project lead, or the contact of the organisation that carries the action.
      mine =
        roles.includes('PROJECT_LEAD') ||
        p.grants.some(
          (g) =>
            g.role === 'PARTNER_CONTACT' &&
            g.partner !== undefined &&
            action !== undefined &&
            sameOrganisation(g.partner.organisation, action.ownerOrganisation),
        );
    } else if (clock.step.startsWith('SUCCESSOR:')) {
      // R4.5: the project lead records the successor instrument of the action's embedding.
      actionTitle = s.agenda.actions.find((a) => `SUCCESSOR:${a.id}` === clock.step)?.title;
      mine = roles.includes('PROJECT_LEAD');
    } else if (clock.step === 'CONTINUATION') {
      mine = takes(roles, CONTINUATION_STEPS);
    } else {
      mine = open.some((i) => takes(roles, RULE_STEPS[i.ruleId] ?? []));
    }
    if (mine)
      due.push({
        kind: 'DEADLINE',
        deadline: 'STALL',
        at: new Date(next.atMs).toISOString(),
        step: clock.step,
        level: next.level,
        ...(actionTitle ? { actionTitle } : {}),
      });
  }
  const track = s.training;
  if (s.phase === 'EXECUTION' && track && takes(roles, TRAINING_STEPS)) {
    const d = track.deadlines;
    const dates: [DigestDeadlineKind, string | undefined, boolean][] = d
      ? [
          ['TRAINING_WINDOW_OPENS', d.windowOpensAt, track.stage === 'WAITING_FOR_WINDOW'],
          ['TRAINING_NOT_STARTED', d.notStartedEscalationAt, track.stage === 'WINDOW_OPEN' && !track.fired.notStarted],
          ['CALENDAR_CUTOFF', d.calendarCutoffAt, track.stage === 'BOARD_TALKS'],
          ['SCHOOL_YEAR_MISSED', d.schoolYearMissedAt, track.stage !== 'CALENDAR_FIXED'],
        ]
      : [];
    for (const [deadline, at, pending] of dates) {
      if (pending && at && within(Date.parse(at))) due.push({ kind: 'DEADLINE', deadline, at, step: 'TRAINING' });
    }
  }
  if (track && roles.includes('PROJECT_LEAD')) {
    for (const session of track.sessions) {
      if (!session.delivered && within(startOfAmsterdamDay(session.date)))
        due.push({ kind: 'SESSION', date: session.date, title: session.title });
    }
  }
  return due.sort((a, b) => (atOf(a) < atOf(b) ? -1 : atOf(a) > atOf(b) ? 1 : 0));
}

const atOf = (d: DigestDue) => (d.kind === 'ESCALATION' ? d.dueAt : d.kind === 'DEADLINE' ? d.at : d.date);

/**
 * The digest of one person for the week starting `weekStart`, or undefined when nothing is due for
 * them and nothing changed in their programmes (then no mail is sent). A programme appears only
 * through `programmes`: the caller passes the person's own memberships, nothing else.
 */
export function weeklyDigest(input: WeeklyDigestInput): WeeklyDigest | undefined {
  const fromMs = startOfAmsterdamDay(input.weekStart);
  const untilMs = startOfAmsterdamDay(addIsoDays(input.weekStart, DIGEST_HORIZON_WEEKS * 7));
  const changesFromMs = startOfAmsterdamDay(addIsoDays(input.weekStart, -7));
  const programmes: DigestProgramme[] = [];
  for (const p of input.programmes) {
    const roles = [...new Set(p.grants.map((g) => g.role))];
    const due = dueOf(p, roles, fromMs, untilMs);
    const inWindow = (iso: string) => {
      const at = Date.parse(iso);
      return at >= changesFromMs && at < fromMs;
    };
    const changes: DigestChange[] = p.state.timeline
      .filter((t) => inWindow(t.at))
      .map((t): DigestChange => {
        const byName = t.by.memberId ? input.names.get(t.by.memberId) : undefined;
        const onBehalfOfName = t.by.onBehalfOf ? input.names.get(t.by.onBehalfOf) : undefined;
        return {
          at: t.at,
          event: t.event,
          summary: t.summary,
          byRole: t.by.role,
          ...(byName !== undefined ? { byName } : {}),
          ...(onBehalfOfName !== undefined ? { onBehalfOfName } : {}),
        };
      })
      .concat((p.directoryChanges ?? []).filter((c) => inWindow(c.at)))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    if (due.length === 0 && changes.length === 0) continue;
    const openItems = checklist(p.state)
      .filter((i) => !i.done && takes(roles, RULE_STEPS[i.ruleId] ?? []))
      .map((i) => ({
        ruleId: i.ruleId,
        label: i.label,
        blocking: i.blocking,
        ...(i.missing ? { missing: i.missing } : {}),
      }));
    programmes.push({
      programmeId: p.state.programmeId,
      municipalityName: p.municipalityName,
      phase: p.state.phase,
      status: p.state.status,
      roles,
      due,
      openItems,
      changes,
      context: {
        actions: p.state.agenda.actions.map((a) => ({ id: a.id, title: a.title })),
        escalations: p.state.escalations.map((e) => ({
          kind: e.kind,
          level: e.level,
          step: e.step,
          message: e.message,
        })),
      },
    });
  }
  if (programmes.length === 0) return undefined;
  programmes.sort(
    (a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl') || a.programmeId.localeCompare(b.programmeId),
  );
  return {
    weekStart: input.weekStart,
    isoWeek: isoWeekOf(input.weekStart),
    changesFrom: new Date(changesFromMs).toISOString(),
    changesUntil: new Date(fromMs).toISOString(),
    dueUntil: new Date(untilMs).toISOString(),
    programmes,
  };
}
