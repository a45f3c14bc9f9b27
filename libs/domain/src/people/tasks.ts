import { amsterdamDateParts } from '../calendar/amsterdam-time';
import { checklist, type ChecklistItem } from '../lifecycle/checklist';
import { nextLevelDue } from '../lifecycle/clocks';
import { awaitingSuccessor, successorKey } from '../lifecycle/instruments';
import type { CommandType } from '../lifecycle/commands';
import { hasFullSupport, normalise } from '../lifecycle/rules';
import type {
  Escalation,
  EscalationKind,
  EscalationLevel,
  PartnerDomain,
  ProgrammeState,
  StepKey,
  SupportLevel,
  Theme,
} from '../lifecycle/types';
import { PROGRAMME_PHASES, type ProgrammePhase } from '../programme';
import type { RuleId } from '../rule-ids';
import type { RuleSentence } from '../rule-sentences';
import { sameOrganisation, type Grant, type MemberRole } from './roles';
import type { StepRole } from './step-roles';

// "Mijn taken" (issue 15): the steps waiting for one person across their programmes, derived from
// the checklist of the current phase (only what moves the programme on, not every step they may
// take), the roles they hold there (P1, STEP_ROLES) and the escalations addressed to them (P3).
// Pure: the states, the person's grants and `now` come in as arguments.

/** What kind of thing waits: a step, an alderman's or kwartiermaker's decision, or an escalation. */
export const TASK_KINDS = ['STEP', 'DECISION', 'ESCALATION'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * How urgent, for a badge: an escalation is open on it, its deadline passed, it falls due within
 * two weeks, or it is open without a near deadline.
 */
export const TASK_URGENCIES = ['ESCALATED', 'OVERDUE', 'DUE_SOON', 'OPEN'] as const;
export type TaskUrgency = (typeof TASK_URGENCIES)[number];

/** Which sentence describes the task (taskSentences); the parameters are on the task. */
export const TASK_LABELS = [
  'DESIGNATE_ADMINISTRATIVE_LEAD',
  'COMMIT_PARTNERS',
  'APPOINT_PROJECT_LEAD',
  'CONFIRM_COMMITMENT',
  'RECONFIRM_COMMITMENT',
  'RECORD_BOTTLENECKS',
  'SELECT_THEMES',
  'ADD_ACTIONS',
  'CONFIRM_SUPPORT',
  'ADOPT_AGENDA',
  'START_SCHOOL_BOARD_TALKS',
  'FIX_TRAINING_CALENDAR',
  'UPDATE_ACTION',
  'COMPLETE_EXECUTION',
  'RECORD_EMBEDDING',
  'NAME_EMBEDDING_OWNER',
  'COMPLETE_EMBEDDING',
  'RECORD_CHECK_IN',
  'RECORD_SUCCESSOR_INSTRUMENT',
  'REPORT_INDICATORS',
  'ACKNOWLEDGE_ESCALATION',
  'FOLLOW_UP_ESCALATION',
  'PAIR_MENTOR',
] as const;
export type TaskLabel = (typeof TASK_LABELS)[number];

/** A progress clock (StepKey), or the execution phase as a whole. */
export type TaskKey = StepKey | 'EXECUTION';

/** One thing waiting for the person. */
export interface Task {
  programmeId: string;
  /** The step that does it (for a follow-up: the step someone else must take). */
  step: CommandType;
  ruleId?: RuleId;
  label: TaskLabel;
  kind: TaskKind;
  /** ISO instant: the next escalation level or school-year deadline, or when the escalation fell due. */
  dueAt?: string;
  /** The highest open escalation on this step (P3), or the level of the escalation to decide on. */
  escalationLevel?: EscalationLevel;
  urgency: TaskUrgency;
  /** The programme's phase (for ordering and for the sentence). */
  phase: ProgrammePhase;
  /** The progress clock the task belongs to (EXECUTION: the phase as a whole, which has none). */
  stepKey: TaskKey;
  /** Set on a follow-up: whose step the programme waits for. */
  waitingFor?: MemberRole;
  escalationId?: string;
  escalationKind?: EscalationKind;
  actionId?: string;
  actionTitle?: string;
  /** confirmSupport: the organisation and level (R2.4). */
  organisation?: string;
  level?: SupportLevel;
  /** commitPartner: the domains without a committed partner (R1.2). */
  domains?: PartnerDomain[];
  /** addAction: the themes without an action (R2.3). */
  themes?: Theme[];
  /** reportIndicators: the quarter, e.g. 2026-Q3. */
  period?: string;
  /** recordCheckIn: the year. */
  year?: number;
}

/** A role the person holds in the programme; a partner contact's organisation and level (P1, R2.4). */
export interface TaskGrant {
  role: MemberRole;
  partner?: Pick<NonNullable<Grant['partner']>, 'organisation' | 'level'>;
}

/** One programme of the person: its state as the read model has it, and their roles there. */
export interface TaskProgrammeInput {
  state: ProgrammeState;
  grants: readonly TaskGrant[];
}

export interface TasksInput {
  programmes: readonly TaskProgrammeInput[];
  /** National: level-3 escalations and mentor pairings are theirs (P3). */
  kwartiermaker: boolean;
  nowMs: number;
}

/** "Due soon": within two weeks. */
const DUE_SOON_MS = 14 * 24 * 3600 * 1000;

/** Who a candidate task is for: a role, a partner contact of one organisation (at one level). */
type For =
  | { role: Exclude<StepRole, 'PARTNER_CONTACT'> }
  | { role: 'PARTNER_CONTACT'; organisation: string; level?: SupportLevel };

type Candidate = Omit<Task, 'urgency' | 'programmeId' | 'phase' | 'escalationLevel'> & { for: For[] };

const lead: For = { role: 'PROJECT_LEAD' };
const alderman: For = { role: 'ADMINISTRATIVE_LEAD' };

const ACTION_KEY = (id: string): StepKey => `ACTION:${id}`;

/** The next escalation level of a clock, as an ISO instant, while it runs. */
function nextDue(state: ProgrammeState, key: TaskKey): string | undefined {
  const clock = state.clocks.find((c) => c.step === key);
  const next = clock && nextLevelDue(clock, state.settings);
  return next ? new Date(next.atMs).toISOString() : undefined;
}

const missing = (items: ChecklistItem[], ruleId: RuleId) =>
  items.some((i) => i.ruleId === ruleId && i.blocking && !i.done);

/** The quarter before the one `nowMs` falls in (Europe/Amsterdam), and when the current one began. */
function previousQuarter(nowMs: number): { period: string; currentStartsOn: string } {
  const { year, month } = amsterdamDateParts(nowMs);
  const q = Math.ceil(month / 3);
  const currentStartsOn = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { period: q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`, currentStartsOn };
}

/**
 * The steps that move the programme on in its current phase: the blocking checklist items still
 * missing, each mapped to the step that fulfils it and the role(s) whose step it is, and the step
 * that completes the phase once nothing blocks it. Only while the programme runs (not PAUSED,
 * CLOSED or ABORTED): a paused programme's clocks stand still and nobody is expected to act.
 */
function stepCandidates(s: ProgrammeState, nowMs: number): Candidate[] {
  if (s.status !== 'ACTIVE') return [];
  const items = checklist(s);
  const out: Candidate[] = [];
  const add = (c: Omit<Candidate, 'dueAt'>, dueAt = nextDue(s, c.stepKey)) =>
    out.push({ ...c, ...(dueAt ? { dueAt } : {}) });
  switch (s.phase) {
    case 'COMMITMENT': {
      const key = 'COMMITMENT';
      // R1.1: the project lead designates the alderman; R1.2 partners; R1.3 the project lead.
      if (missing(items, 'R1.1'))
        add({
          step: 'designateAdministrativeLead',
          ruleId: 'R1.1',
          label: 'DESIGNATE_ADMINISTRATIVE_LEAD',
          kind: 'STEP',
          stepKey: key,
          for: [lead],
        });
      if (missing(items, 'R1.2')) {
        const domains = (['CARE', 'EDUCATION', 'JUSTICE'] as const).filter(
          (d) => !s.commitment.partners.some((p) => p.domain === d),
        );
        add({
          step: 'commitPartner',
          ruleId: 'R1.2',
          label: 'COMMIT_PARTNERS',
          kind: 'STEP',
          stepKey: key,
          domains,
          for: [lead],
        });
      }
      if (missing(items, 'R1.3'))
        add({
          step: 'appointProjectLead',
          ruleId: 'R1.3',
          label: 'APPOINT_PROJECT_LEAD',
          kind: 'STEP',
          stepKey: key,
          for: [lead],
        });
      // R1.1: once R1.1–R1.3 hold, the alderman confirms the commitment; the phase waits for it.
      if (!['R1.1', 'R1.2', 'R1.3'].some((r) => missing(items, r as RuleId)))
        add({
          step: 'confirmCommitment',
          ruleId: 'R1.1',
          label: 'CONFIRM_COMMITMENT',
          kind: 'DECISION',
          stepKey: key,
          for: [alderman],
        });
      break;
    }
    case 'AGENDA': {
      const key = 'AGENDA';
      if (missing(items, 'R2.1'))
        add({
          step: 'recordBottleneck',
          ruleId: 'R2.1',
          label: 'RECORD_BOTTLENECKS',
          kind: 'STEP',
          stepKey: key,
          for: [lead],
        });
      if (missing(items, 'R2.2'))
        add({ step: 'selectTheme', ruleId: 'R2.2', label: 'SELECT_THEMES', kind: 'STEP', stepKey: key, for: [lead] });
      if (missing(items, 'R2.3') && s.agenda.themes.length > 0 && !missing(items, 'R2.2')) {
        const themes = s.agenda.themes.filter(
          (t) => !s.agenda.actions.some((a) => a.theme === t && a.status !== 'DROPPED'),
        );
        add({
          step: 'addAction',
          ruleId: 'R2.3',
          label: 'ADD_ACTIONS',
          kind: 'STEP',
          stepKey: key,
          themes,
          for: [lead],
        });
      }
      supportCandidates(s, key, (c) => add(c));
      // R2.5: once R2.1–R2.4 hold, the alderman adopts the agenda.
      if (!['R2.1', 'R2.2', 'R2.3', 'R2.4'].some((r) => missing(items, r as RuleId)))
        add({
          step: 'adoptAgenda',
          ruleId: 'R2.5',
          label: 'ADOPT_AGENDA',
          kind: 'DECISION',
          stepKey: key,
          for: [alderman],
        });
      break;
    }
    case 'EXECUTION': {
      const track = s.training;
      // R3.1: the talks with the school boards open in January; the calendar is fixed by the cut-off.
      if (track && track.stage === 'WINDOW_OPEN') {
        const d = track.deadlines;
        const dueAt = d ? (track.fired.notStarted ? d.schoolYearMissedAt : d.notStartedEscalationAt) : undefined;
        add(
          {
            step: 'startSchoolBoardTalks',
            ruleId: 'R3.1',
            label: 'START_SCHOOL_BOARD_TALKS',
            kind: 'STEP',
            stepKey: 'TRAINING',
            for: [lead],
          },
          dueAt,
        );
      } else if (track && track.stage === 'BOARD_TALKS') {
        add(
          {
            step: 'fixTrainingCalendar',
            ruleId: 'R3.1',
            label: 'FIX_TRAINING_CALENDAR',
            kind: 'STEP',
            stepKey: 'TRAINING',
            for: [lead],
          },
          track.deadlines?.calendarCutoffAt,
        );
      }
      // R3.2 (with R2.4): an action added during execution first needs its owner's support.
      supportCandidates(s, 'EXECUTION', (c) => add(c));
      // R3.2: every open action moves on, by the project lead or its owner organisation's contact.
      const open = s.agenda.actions.filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS');
      for (const a of open) {
        if (a.addedDuringExecution && !hasFullSupport(s, a.ownerOrganisation)) continue;
        add({
          step: 'updateActionStatus',
          ruleId: 'R3.2',
          label: 'UPDATE_ACTION',
          kind: 'STEP',
          stepKey: ACTION_KEY(a.id),
          actionId: a.id,
          actionTitle: a.title,
          organisation: a.ownerOrganisation,
          for: [lead, { role: 'PARTNER_CONTACT', organisation: a.ownerOrganisation }],
        });
      }
      if (open.length === 0 && (!track || track.stage === 'CALENDAR_FIXED'))
        add(
          {
            step: 'completeExecution',
            ruleId: 'R3.2',
            label: 'COMPLETE_EXECUTION',
            kind: 'STEP',
            stepKey: 'EXECUTION',
            for: [lead],
          },
          undefined,
        );
      break;
    }
    case 'EMBEDDING': {
      const key = 'EMBEDDING';
      // R4.1/R4.2: every DONE action is taken into existing policy.
      for (const a of s.agenda.actions.filter((x) => x.status === 'DONE' && !x.embedding))
        add({
          step: 'recordEmbedding',
          ruleId: 'R4.1',
          label: 'RECORD_EMBEDDING',
          kind: 'STEP',
          stepKey: key,
          actionId: a.id,
          actionTitle: a.title,
          for: [lead],
        });
      if (missing(items, 'R4.3'))
        add({
          step: 'nameEmbeddingOwner',
          ruleId: 'R4.3',
          label: 'NAME_EMBEDDING_OWNER',
          kind: 'STEP',
          stepKey: key,
          for: [lead],
        });
      if (!missing(items, 'R4.1') && !missing(items, 'R4.3'))
        add({
          step: 'completeEmbedding',
          ruleId: 'R4.4',
          label: 'COMPLETE_EMBEDDING',
          kind: 'STEP',
          stepKey: key,
          for: [lead],
        });
      break;
    }
    case 'CONTINUATION': {
      // P5: a check-in each year until the programme closes; its clock is the continuation clock.
      const year = amsterdamDateParts(nowMs).year;
      if (!s.indicators.some((r) => r.period === String(year)))
        add({
          step: 'recordCheckIn',
          label: 'RECORD_CHECK_IN',
          kind: 'STEP',
          stepKey: 'CONTINUATION',
          year,
          for: [lead],
        });
      break;
    }
    case 'CLOSED':
      break;
    default: {
      const unreachable: never = s.phase;
      throw new Error(`unknown phase ${String(unreachable)}`);
    }
  }
  // R4.5: an instrument that ended without a successor: "Opvolgend instrument vastleggen", on its own clock.
  if (s.phase === 'EMBEDDING' || s.phase === 'CONTINUATION')
    for (const a of awaitingSuccessor(s))
      add({
        step: 'recordSuccessorInstrument',
        ruleId: 'R4.5',
        label: 'RECORD_SUCCESSOR_INSTRUMENT',
        kind: 'STEP',
        stepKey: successorKey(a.id),
        actionId: a.id,
        actionTitle: a.title,
        for: [lead],
      });
  // R1.6: the (new) alderman re-confirms the commitment, in any phase, on its own clock.
  if (s.commitment.recommitment && s.phase !== 'COMMITMENT')
    add({
      step: 'reconfirmCommitment',
      ruleId: 'R1.6',
      label: 'RECONFIRM_COMMITMENT',
      kind: 'DECISION',
      stepKey: 'RECOMMITMENT',
      for: [alderman],
    });
  // Quarterly indicators, once the agenda was adopted before the quarter that just ended closed:
  // the programme manager's to record (or the project lead's, who may too).
  if (s.phase === 'EXECUTION' || s.phase === 'EMBEDDING' || s.phase === 'CONTINUATION') {
    const { period, currentStartsOn } = previousQuarter(nowMs);
    const adopted = s.agenda.adoptedAt;
    if (adopted && adopted.slice(0, 10) < currentStartsOn && !s.indicators.some((r) => r.period === period))
      add(
        {
          step: 'reportIndicators',
          label: 'REPORT_INDICATORS',
          kind: 'STEP',
          stepKey: s.phase,
          period,
          for: [{ role: 'PROGRAMME_MANAGER' }, lead],
        },
        undefined,
      );
  }
  return out;
}

/**
 * R2.4: one task per organisation and level whose confirmation is still missing, for that
 * organisation's own contact at that level (P1) — only organisations owning an action that is not
 * dropped (in EXECUTION only those added during execution, R3.2).
 */
function supportCandidates(s: ProgrammeState, key: TaskKey, add: (c: Omit<Candidate, 'dueAt'>) => void): void {
  const owners = new Map<string, string>();
  for (const a of s.agenda.actions) {
    if (a.status === 'DROPPED') continue;
    if (s.phase === 'EXECUTION' && (!a.addedDuringExecution || a.status !== 'PLANNED')) continue;
    if (!owners.has(normalise(a.ownerOrganisation))) owners.set(normalise(a.ownerOrganisation), a.ownerOrganisation);
  }
  for (const organisation of owners.values()) {
    for (const level of ['PROFESSIONAL', 'MANAGEMENT'] as const) {
      const done = s.agenda.support.some((c) => sameOrganisation(c.organisation, organisation) && c.level === level);
      if (done) continue;
      add({
        step: 'confirmSupport',
        ruleId: 'R2.4',
        label: 'CONFIRM_SUPPORT',
        kind: 'STEP',
        stepKey: key === 'EXECUTION' ? ACTION_KEY(firstActionOf(s, organisation)) : key,
        organisation,
        level,
        for: [{ role: 'PARTNER_CONTACT', organisation, level }],
      });
    }
  }
}

const firstActionOf = (s: ProgrammeState, organisation: string): string =>
  s.agenda.actions.find((a) => a.addedDuringExecution && sameOrganisation(a.ownerOrganisation, organisation))?.id ?? '';

/** Whether one of the person's grants (or their national role) fits who the task is for. */
function fits(f: For, grants: TaskProgrammeInput['grants'], kwartiermaker: boolean): boolean {
  if (f.role === 'KWARTIERMAKER') return kwartiermaker;
  if (f.role !== 'PARTNER_CONTACT') return grants.some((g) => g.role === f.role);
  return grants.some(
    (g) =>
      g.role === 'PARTNER_CONTACT' &&
      g.partner !== undefined &&
      sameOrganisation(g.partner.organisation, f.organisation) &&
      (f.level === undefined || g.partner.level === f.level),
  );
}

const unresolved = (e: Escalation) => e.status !== 'RESOLVED';

/** The tasks of one programme for one person, unordered. */
function programmeTasks(input: TaskProgrammeInput, kwartiermaker: boolean, nowMs: number): Task[] {
  const s = input.state;
  if (s.status === 'CLOSED' || s.status === 'ABORTED') return [];
  const roles = new Set(input.grants.map((g) => g.role));
  const candidates = stepCandidates(s, nowMs);
  const levelOn = (key: TaskKey): EscalationLevel | undefined => {
    let level: EscalationLevel | undefined;
    for (const e of s.escalations) if (unresolved(e) && e.step === key && e.level > (level ?? 0)) level = e.level;
    return level;
  };
  const mine: Omit<Task, 'urgency'>[] = [];
  const finish = (c: Candidate, extra: Partial<Task> = {}): Omit<Task, 'urgency'> => {
    const { for: _for, ...rest } = c;
    const level = levelOn(c.stepKey);
    return {
      programmeId: s.programmeId,
      phase: s.phase,
      ...rest,
      ...(level ? { escalationLevel: level } : {}),
      ...extra,
    };
  };
  for (const c of candidates) if (c.for.some((f) => fits(f, input.grants, kwartiermaker))) mine.push(finish(c));

  for (const e of s.escalations.filter(unresolved)) {
    // P3: the alderman decides on levels 1 and 2, a kwartiermaker on level 3 (allowedRoles).
    const decides = e.level === 3 ? kwartiermaker : roles.has('ADMINISTRATIVE_LEAD');
    if (decides && e.status === 'OPEN') {
      mine.push({
        programmeId: s.programmeId,
        phase: s.phase,
        step: 'acknowledgeEscalation',
        ...(e.ruleId ? { ruleId: e.ruleId } : {}),
        label: 'ACKNOWLEDGE_ESCALATION',
        kind: 'ESCALATION',
        dueAt: e.dueAt,
        escalationLevel: e.level,
        stepKey: e.step,
        escalationId: e.id,
        escalationKind: e.kind,
        ...actionOf(s, e.step),
      });
    }
    // P3: level 1 (and the copy of level 2) reaches the project lead. Their own step on it already
    // carries the escalation; when the programme waits for someone else, they get a follow-up.
    if (e.level <= 2 && roles.has('PROJECT_LEAD') && s.status === 'ACTIVE') {
      if (mine.some((t) => t.stepKey === e.step && t.kind !== 'ESCALATION')) continue;
      if (mine.some((t) => t.label === 'FOLLOW_UP_ESCALATION' && t.stepKey === e.step)) continue;
      const waiting = candidates.find((c) => c.stepKey === e.step);
      if (!waiting) continue;
      const who = waiting.for[0]!.role;
      mine.push(
        finish(waiting, {
          label: 'FOLLOW_UP_ESCALATION',
          kind: 'ESCALATION',
          dueAt: e.dueAt,
          escalationId: e.id,
          escalationKind: e.kind,
          ...(who !== 'KWARTIERMAKER' ? { waitingFor: who } : {}),
        }),
      );
    }
  }

  // A new programme without a mentor: a kwartiermaker pairs one (docs/rules.md "National view").
  if (kwartiermaker && s.status === 'ACTIVE' && !s.mentor && (s.phase === 'COMMITMENT' || s.phase === 'AGENDA')) {
    mine.push({
      programmeId: s.programmeId,
      phase: s.phase,
      step: 'recordMentorPairing',
      label: 'PAIR_MENTOR',
      kind: 'DECISION',
      stepKey: s.phase,
    });
  }
  return mine.map((t) => ({ ...t, urgency: urgencyOf(t, nowMs) }));
}

const actionOf = (s: ProgrammeState, key: TaskKey): Pick<Task, 'actionId' | 'actionTitle'> => {
  if (!key.startsWith('ACTION:') && !key.startsWith('SUCCESSOR:')) return {};
  const action = s.agenda.actions.find((a) => ACTION_KEY(a.id) === key || successorKey(a.id) === key);
  return action ? { actionId: action.id, actionTitle: action.title } : {};
};

function urgencyOf(t: Pick<Task, 'escalationLevel' | 'dueAt'>, nowMs: number): TaskUrgency {
  if (t.escalationLevel) return 'ESCALATED';
  if (t.dueAt === undefined) return 'OPEN';
  const due = Date.parse(t.dueAt);
  if (due <= nowMs) return 'OVERDUE';
  return due - nowMs <= DUE_SOON_MS ? 'DUE_SOON' : 'OPEN';
}

/**
 * Most urgent first: open escalations (higher level first), then by deadline (overdue first,
 * then the nearest; none last), then by phase (an earlier phase first); ties keep a stable order.
 */
function compareTasks(a: Task, b: Task): number {
  const level = (b.escalationLevel ?? 0) - (a.escalationLevel ?? 0);
  if (level !== 0) return level;
  const due = (t: Task) => (t.dueAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(t.dueAt));
  const byDue = due(a) - due(b);
  if (byDue !== 0 && !Number.isNaN(byDue)) return byDue;
  const phase = PROGRAMME_PHASES.indexOf(a.phase) - PROGRAMME_PHASES.indexOf(b.phase);
  if (phase !== 0) return phase;
  return a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0;
}

/** "Mijn taken": everything waiting for the person across their programmes, most urgent first. */
export function myTasks(input: TasksInput): Task[] {
  const all = input.programmes.flatMap((p) => programmeTasks(p, input.kwartiermaker, input.nowMs));
  // Array.prototype.sort is stable: ties keep the programme's own order (checklist order).
  return all.sort(compareTasks);
}

// ---- Sentences (nl default, en) ---------------------------------------------------------------

const DOMAIN: Record<PartnerDomain, RuleSentence> = {
  CARE: { nl: 'zorg', en: 'care' },
  EDUCATION: { nl: 'onderwijs', en: 'education' },
  JUSTICE: { nl: 'justitie', en: 'justice' },
  MUNICIPALITY: { nl: 'gemeente', en: 'municipality' },
  OTHER: { nl: 'overig', en: 'other' },
};
const LEVEL: Record<SupportLevel, RuleSentence> = {
  PROFESSIONAL: { nl: 'professioneel (uitvoerend) niveau', en: 'professional level' },
  MANAGEMENT: { nl: 'management-/bestuursniveau', en: 'management level' },
};
const THEME: Record<Theme, RuleSentence> = {
  SIGNALLING: { nl: 'signalering', en: 'signalling' },
  EXPERTISE: { nl: 'deskundigheid', en: 'expertise' },
  COLLABORATION: { nl: 'samenwerking', en: 'collaboration' },
  INFORMATION_SHARING: { nl: 'informatie delen', en: 'information sharing' },
  PREVENTION: { nl: 'preventie', en: 'prevention' },
};
const ROLE: Record<MemberRole, RuleSentence> = {
  PROJECT_LEAD: { nl: 'de projectleider', en: 'the project lead' },
  ADMINISTRATIVE_LEAD: { nl: 'de wethouder', en: 'the alderman' },
  PARTNER_CONTACT: { nl: 'de partnerorganisatie', en: 'the partner organisation' },
  PROGRAMME_MANAGER: { nl: 'de programmamanager', en: 'the programme manager' },
  OBSERVER: { nl: 'een meelezer', en: 'an observer' },
};
const LEVEL_NAME: Record<EscalationLevel, RuleSentence> = {
  1: { nl: 'herinnering (niveau 1)', en: 'reminder (level 1)' },
  2: { nl: 'bestuurlijke escalatie (niveau 2)', en: 'administrative escalation (level 2)' },
  3: { nl: 'landelijke escalatie (niveau 3)', en: 'national escalation (level 3)' },
};

type Lang = keyof RuleSentence;
const list = (items: readonly string[], lang: Lang): string => {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
};

function stepKeyText(t: Task, lang: Lang): string {
  if (t.stepKey.startsWith('ACTION:'))
    return lang === 'nl' ? `de actie ‘${t.actionTitle ?? ''}’` : `the action ‘${t.actionTitle ?? ''}’`;
  if (t.stepKey.startsWith('SUCCESSOR:'))
    return lang === 'nl'
      ? `het opvolgende instrument voor de actie ‘${t.actionTitle ?? ''}’`
      : `the successor instrument for the action ‘${t.actionTitle ?? ''}’`;
  const names: Record<string, RuleSentence> = {
    COMMITMENT: { nl: 'de fase Commitment', en: 'the commitment phase' },
    AGENDA: { nl: 'de verbeteragenda', en: 'the improvement agenda' },
    EXECUTION: { nl: 'de uitvoering', en: 'the execution' },
    EMBEDDING: { nl: 'de borging', en: 'the embedding' },
    CONTINUATION: { nl: 'de jaarlijkse check-in', en: 'the yearly check-in' },
    TRAINING: { nl: 'het scholingstraject', en: 'the training track' },
    RECOMMITMENT: { nl: 'het opnieuw bevestigen van het commitment', en: 're-confirming the commitment' },
  };
  return (names[t.stepKey] ?? names.COMMITMENT!)[lang];
}

function escalationReason(t: Task, lang: Lang): string {
  const what = stepKeyText(t, lang);
  const kinds: Record<EscalationKind, RuleSentence> = {
    STALL: { nl: `Er beweegt niets aan ${what}.`, en: `Nothing has moved on ${what}.` },
    TRAINING_WINDOW_OPEN: {
      nl: 'Het gesprek met de schoolbesturen kan beginnen (R3.1).',
      en: 'The talks with the school boards can begin (R3.1).',
    },
    TRAINING_NOT_STARTED: {
      nl: 'Het gesprek met de schoolbesturen is niet vóór 1 februari gestart (R3.1).',
      en: 'The talks with the school boards did not start before 1 February (R3.1).',
    },
    SCHOOL_YEAR_MISSED: {
      nl: 'Het schooljaar is gemist: de scholing schuift een jaar op (R3.1).',
      en: 'The school year was missed: the training moves on a year (R3.1).',
    },
    CALENDAR_NOT_FIXED: {
      nl: 'De scholing staat niet op tijd op de activiteitenkalender van de schoolbesturen (R3.1).',
      en: 'The training is not on the school boards’ activity calendar in time (R3.1).',
    },
    LEAD_DEPARTED: {
      nl: 'De externe projectleider is vertrokken terwijl de borging nog openstaat (R4.3).',
      en: 'The external project lead left while embedding items are still open (R4.3).',
    },
  };
  return t.escalationKind ? kinds[t.escalationKind][lang] : kinds.STALL[lang];
}

/** The task as a person reads it: what to do (label) and why it waits for them (reason). */
export function taskSentences(t: Task, lang: Lang = 'nl'): { label: string; reason: string } {
  const nl = lang === 'nl';
  const org = t.organisation ?? '';
  const title = t.actionTitle ?? '';
  const pick = (label: RuleSentence, reason: RuleSentence) => ({ label: label[lang], reason: reason[lang] });
  switch (t.label) {
    case 'DESIGNATE_ADMINISTRATIVE_LEAD':
      return pick(
        { nl: 'Wijs de wethouder aan als bestuurlijk trekker', en: 'Designate the alderman as administrative lead' },
        {
          nl: 'R1.1: zonder bestuurlijk trekker kan het commitment niet worden bevestigd.',
          en: 'R1.1: without an administrative lead the commitment cannot be confirmed.',
        },
      );
    case 'COMMIT_PARTNERS': {
      const domains = list(
        (t.domains ?? []).map((d) => DOMAIN[d][lang]),
        lang,
      );
      return pick(
        {
          nl: `Leg het commitment vast van partners uit ${domains}`,
          en: `Record the commitment of partners from ${domains}`,
        },
        {
          nl: 'R1.2: uit zorg, onderwijs en justitie committeert zich elk minstens één partnerorganisatie.',
          en: 'R1.2: at least one partner organisation from each of care, education and justice commits.',
        },
      );
    }
    case 'APPOINT_PROJECT_LEAD':
      return pick(
        { nl: 'Stel een projectleider aan', en: 'Appoint a project lead' },
        {
          nl: 'R1.3: het programma heeft een projectleider nodig, bij voorkeur een ervaren beleidsambtenaar van de gemeente.',
          en: 'R1.3: the programme needs a project lead, preferably an experienced municipal policy officer.',
        },
      );
    case 'CONFIRM_COMMITMENT':
      return pick(
        { nl: 'Bevestig het commitment van de gemeente', en: 'Confirm the municipality’s commitment' },
        {
          nl: 'R1.1: de wethouder, partners en projectleider staan klaar; met uw bevestiging gaat het programma door naar de verbeteragenda.',
          en: 'R1.1: the alderman, partners and project lead are in place; your confirmation moves the programme on to the improvement agenda.',
        },
      );
    case 'RECONFIRM_COMMITMENT':
      return pick(
        { nl: 'Commitment opnieuw bevestigen', en: 'Re-confirm the commitment' },
        {
          nl: 'R1.6: als nieuwe bestuurlijk trekker (of na de gemeenteraadsverkiezingen) bevestigt u het commitment opnieuw, binnen 12 weken; fase, agenda en borging blijven zoals ze zijn.',
          en: 'R1.6: as the new administrative lead (or after the municipal elections) you re-confirm the commitment within 12 weeks; phase, agenda and embedding stay as they are.',
        },
      );
    case 'RECORD_BOTTLENECKS':
      return pick(
        { nl: 'Verzamel knelpunten van professionals', en: 'Collect bottlenecks from professionals' },
        {
          nl: 'R2.1: voor het kiezen van thema’s zijn minstens 3 knelpunten uit minstens 2 domeinen nodig.',
          en: 'R2.1: choosing themes needs at least 3 bottlenecks from at least 2 domains.',
        },
      );
    case 'SELECT_THEMES':
      return pick(
        { nl: 'Kies 1 tot 3 thema’s voor de verbeteragenda', en: 'Choose 1 to 3 themes for the improvement agenda' },
        {
          nl: 'R2.2: een verbeteragenda richt zich op een paar thema’s.',
          en: 'R2.2: an improvement agenda focuses on a few themes.',
        },
      );
    case 'ADD_ACTIONS': {
      const themes = list(
        (t.themes ?? []).map((x) => THEME[x][lang]),
        lang,
      );
      return pick(
        { nl: `Voeg een actie toe voor ${themes}`, en: `Add an action for ${themes}` },
        {
          nl: 'R2.3: elk gekozen thema heeft een actie met een trekkende organisatie.',
          en: 'R2.3: every chosen theme has an action with an owner organisation.',
        },
      );
    }
    case 'CONFIRM_SUPPORT': {
      const level = t.level ? LEVEL[t.level][lang] : '';
      return pick(
        { nl: `Bevestig het draagvlak van ${org} op ${level}`, en: `Confirm ${org}’s support at ${level}` },
        {
          nl: `R2.4: ${org} trekt een actie; de afspraken tellen pas als ze op professioneel én management-/bestuursniveau zijn bevestigd.`,
          en: `R2.4: ${org} owns an action; the agreements count only once confirmed at both professional and management level.`,
        },
      );
    }
    case 'ADOPT_AGENDA':
      return pick(
        { nl: 'Stel de verbeteragenda vast', en: 'Adopt the improvement agenda' },
        {
          nl: 'R2.5: knelpunten, thema’s, acties en draagvlak zijn rond; met uw vaststelling begint de uitvoering.',
          en: 'R2.5: bottlenecks, themes, actions and support are complete; adopting the agenda starts the execution.',
        },
      );
    case 'START_SCHOOL_BOARD_TALKS':
      return pick(
        { nl: 'Start het gesprek met de schoolbesturen', en: 'Start the talks with the school boards' },
        {
          nl: 'R3.1: schoolbesturen leggen in mei hun activiteitenkalender vast; start vóór 1 februari om het schooljaar te halen.',
          en: 'R3.1: school boards fix their activity calendar in May; start before 1 February to make the school year.',
        },
      );
    case 'FIX_TRAINING_CALENDAR':
      return pick(
        {
          nl: 'Leg vast dat de scholing op de activiteitenkalender staat',
          en: 'Record that the training is on the activity calendar',
        },
        {
          nl: 'R3.1: staat de scholing niet op tijd op de kalender van de schoolbesturen, dan is het schooljaar gemist.',
          en: 'R3.1: if the training is not on the school boards’ calendar in time, the school year is missed.',
        },
      );
    case 'UPDATE_ACTION':
      return pick(
        { nl: `Werk de voortgang bij van de actie ‘${title}’`, en: `Update the progress of the action ‘${title}’` },
        {
          nl: `R3.2: de uitvoering is pas af als elke actie is afgerond of gestopt met een reden (trekker: ${org}).`,
          en: `R3.2: execution is complete only when every action is done or dropped with a reason (owner: ${org}).`,
        },
      );
    case 'COMPLETE_EXECUTION':
      return pick(
        { nl: 'Rond de uitvoering af', en: 'Complete the execution' },
        {
          nl: 'R3.2: alle acties zijn afgerond of gestopt; door naar de borging.',
          en: 'R3.2: every action is done or dropped; on to embedding.',
        },
      );
    case 'RECORD_EMBEDDING':
      return pick(
        { nl: `Borg de actie ‘${title}’ in bestaand beleid`, en: `Embed the action ‘${title}’ in existing policy` },
        {
          nl: 'R4.1: een afgeronde actie wordt opgenomen in een bestaand beleidsinstrument, niet als apart project.',
          en: 'R4.1: a completed action is taken into an existing policy instrument, not as a separate project.',
        },
      );
    case 'NAME_EMBEDDING_OWNER':
      return pick(
        { nl: 'Benoem een interne eigenaar van de borging', en: 'Name an internal owner of the embedding' },
        {
          nl: 'R4.3: met een externe projectleider neemt een gemeentelijk beleidsambtenaar de borging over.',
          en: 'R4.3: with an external project lead, a municipal policy officer takes over the embedding.',
        },
      );
    case 'COMPLETE_EMBEDDING':
      return pick(
        { nl: 'Rond de borging af', en: 'Complete the embedding' },
        {
          nl: 'R4.4: elke actie is geborgd of gestopt met een reden; door naar de continuering.',
          en: 'R4.4: every action is embedded or dropped with a reason; on to continuation.',
        },
      );
    case 'RECORD_SUCCESSOR_INSTRUMENT':
      return pick(
        {
          nl: `Leg het opvolgende instrument vast voor de actie ‘${title}’`,
          en: `Record the successor instrument for the action ‘${title}’`,
        },
        {
          nl: 'R4.5: het beleidsinstrument waarin de actie is geborgd, is verlopen; noem het instrument dat het opvolgt.',
          en: 'R4.5: the policy instrument the action is embedded in has ended; name the instrument that follows it.',
        },
      );
    case 'RECORD_CHECK_IN':
      return pick(
        {
          nl: `Leg de jaarlijkse check-in over ${t.year ?? ''} vast`,
          en: `Record the yearly check-in for ${t.year ?? ''}`,
        },
        {
          nl: 'Continuering: elk jaar een check-in met de indicatoren, tot het programma wordt gesloten.',
          en: 'Continuation: a check-in with the indicators every year until the programme closes.',
        },
      );
    case 'REPORT_INDICATORS':
      return pick(
        { nl: `Leg de indicatoren over ${t.period ?? ''} vast`, en: `Record the indicators for ${t.period ?? ''}` },
        {
          nl: 'Programma’s rapporteren per kwartaal hun eigen indicatoren (zoals hermeldingen, getrainde professionals, bereikte scholen).',
          en: 'Programmes report their own indicators each quarter (such as repeat reports, professionals trained, schools reached).',
        },
      );
    case 'ACKNOWLEDGE_ESCALATION': {
      const level = t.escalationLevel ? LEVEL_NAME[t.escalationLevel][lang] : '';
      return pick(
        {
          nl: `Besluit over de ${level}: verlengen, pauzeren of alleen noteren`,
          en: `Decide on the ${level}: extend, pause or note only`,
        },
        {
          nl: `P3: ${escalationReason(t, 'nl')}`,
          en: `P3: ${escalationReason(t, 'en')}`,
        },
      );
    }
    case 'FOLLOW_UP_ESCALATION': {
      const who = t.waitingFor ? ROLE[t.waitingFor][lang] : nl ? 'een ander' : 'someone else';
      const level = t.escalationLevel ? LEVEL_NAME[t.escalationLevel][lang] : '';
      return pick(
        {
          nl: `Volg op: ${stepKeyText(t, 'nl')} wacht op ${who}`,
          en: `Follow up: ${stepKeyText(t, 'en')} waits for ${who}`,
        },
        { nl: `P3, ${level}: ${escalationReason(t, 'nl')}`, en: `P3, ${level}: ${escalationReason(t, 'en')}` },
      );
    }
    case 'PAIR_MENTOR':
      return pick(
        { nl: 'Koppel een mentor aan dit nieuwe programma', en: 'Pair a mentor with this new programme' },
        {
          nl: 'Elk collectief neemt zijn resultaten mee naar de eigen regio: een pionier of een programma voorbij de borging begeleidt een nieuwkomer.',
          en: 'Each collective takes its results to its own region: a pioneer or a programme past embedding mentors a newcomer.',
        },
      );
    default: {
      const unreachable: never = t.label;
      throw new Error(`unknown task label ${String(unreachable)}`);
    }
  }
}
