import { amsterdamDate, isValidIsoDate } from '../calendar';
import type { SchoolHolidayRegion } from '../municipality';
import { isProgrammeRunning } from '../programme';
import { clone, record, SYSTEM, touch } from './draft';
import type { Outcome } from './lifecycle';
import type { StepOptions } from './steps/step';
import { fireDueEvents } from './time-engine';
import type { MunicipalityMerger, ProgrammeState } from './types';
import { violation } from './violation';

// Herindeling (docs/rules.md "Municipal mergers"): a running programme of a municipality that
// merged continues under its successor. Its id stays; its municipality becomes the successor and
// its timeline says so. A system event, sent by `npm run reference:apply-mergers` (never by a
// municipal user): the actor is SYSTEM, as for the time engine.

/** The argument of the `recordMunicipalityMerger` update. */
export interface MunicipalityMergerInput {
  /**
   * C1: the merging municipality when it is a member of the programme's collective rather than its
   * lead; absent (or the lead's code) for the programme's own municipality.
   */
  formerCode?: string;
  successorCode: string;
  /** `YYYY-01-01`: the day the merger took effect (1 January of the reference year). */
  effectiveOn: string;
  /** The programme's number under its successor (one past the successor's highest); else unchanged. */
  sequence?: number;
  /** Names as the reference data gives them, for the timeline line; codes when absent. */
  formerName?: string;
  successorName?: string;
  /** The successor's province and school-holiday region, when they differ from the former's. */
  province?: string;
  schoolHolidayRegion?: SchoolHolidayRegion;
}

/** `details.reason` of the refusal of a programme already under the successor: the sender counts it as done. */
export const ALREADY_MERGED = 'ALREADY_MERGED';

const CODE = /^GM\d{4}$/;
const MAX_NAME = 100;
const REGIONS: readonly string[] = ['noord', 'midden', 'zuid'];

const optionalName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME;

/** `Gemeente X is per 1 januari 2099 opgegaan in Y.` — the stored (Dutch) timeline line. */
export function mergerSummary(
  m: Pick<MunicipalityMerger, 'formerName' | 'formerCode' | 'successorName' | 'successorCode' | 'effectiveOn'>,
): string {
  const year = m.effectiveOn.slice(0, 4);
  return `Gemeente ${m.formerName ?? m.formerCode} is per 1 januari ${year} opgegaan in ${m.successorName ?? m.successorCode}.`;
}

/**
 * Moves a running (or paused) programme to the municipality its own merged into. Time is brought
 * up to `nowMs` first, as for a step. Refused: a malformed input, a merger not yet in effect, a
 * programme that ended, or one already under that successor (the sender treats that as done).
 */
export function recordMunicipalityMerger(
  state: ProgrammeState,
  input: MunicipalityMergerInput,
  nowMs: number,
  rules: StepOptions = {},
): Outcome {
  const refuse = (ruleId: 'INVALID_INPUT' | 'LIFECYCLE', message: string, reason?: string): Outcome => ({
    ok: false,
    error: violation(ruleId, message, {
      successorCode: input?.successorCode,
      effectiveOn: input?.effectiveOn,
      ...(reason ? { reason } : {}),
    }),
  });
  if (typeof input !== 'object' || input === null)
    return refuse('INVALID_INPUT', 'De herindeling heeft geen gegevens.');
  if (typeof input.successorCode !== 'string' || !CODE.test(input.successorCode))
    return refuse('INVALID_INPUT', 'Geef de CBS-code van de opvolgende gemeente, bijvoorbeeld GM0363.');
  if (
    typeof input.effectiveOn !== 'string' ||
    !isValidIsoDate(input.effectiveOn) ||
    !input.effectiveOn.endsWith('-01-01')
  )
    return refuse('INVALID_INPUT', 'Een herindeling gaat in op 1 januari: geef de datum als 2099-01-01.');
  if (input.effectiveOn > amsterdamDate(nowMs))
    return refuse('LIFECYCLE', `De herindeling gaat pas in op ${input.effectiveOn}; leg haar vanaf die dag vast.`);
  if (input.sequence !== undefined && (!Number.isInteger(input.sequence) || input.sequence < 1))
    return refuse('INVALID_INPUT', 'Het volgnummer onder de opvolgende gemeente is een positief geheel getal.');
  for (const name of [input.formerName, input.successorName, input.province]) {
    if (name !== undefined && !optionalName(name)) return refuse('INVALID_INPUT', 'Een naam is 1 tot 100 tekens lang.');
  }
  if (input.schoolHolidayRegion !== undefined && !REGIONS.includes(input.schoolHolidayRegion))
    return refuse('INVALID_INPUT', 'De vakantieregio is noord, midden of zuid.');
  if (!isProgrammeRunning(state.status))
    return refuse('LIFECYCLE', 'Het programma is beëindigd; het blijft bij de gemeente waar het liep.');
  if (input.formerCode !== undefined && input.formerCode !== state.municipalityCode) {
    if (typeof input.formerCode !== 'string' || !CODE.test(input.formerCode))
      return refuse('INVALID_INPUT', 'Geef de CBS-code van de gemeente die opging, bijvoorbeeld GM0363.');
    return memberMerger(state, { ...input, formerCode: input.formerCode }, nowMs, rules, refuse);
  }
  if (state.municipalityCode === input.successorCode)
    return refuse(
      'LIFECYCLE',
      `Het programma valt al onder gemeente ${input.successorName ?? input.successorCode}.`,
      ALREADY_MERGED,
    );

  const draft = clone(state);
  fireDueEvents(draft, nowMs, rules);
  const merger: MunicipalityMerger = {
    formerCode: draft.municipalityCode,
    formerSequence: draft.sequence,
    ...(input.formerName !== undefined ? { formerName: input.formerName } : {}),
    successorCode: input.successorCode,
    ...(input.successorName !== undefined ? { successorName: input.successorName } : {}),
    effectiveOn: input.effectiveOn,
    recordedAt: new Date(nowMs).toISOString(),
  };
  draft.mergers = [...(draft.mergers ?? []), merger];
  draft.municipalityCode = input.successorCode;
  if (input.sequence !== undefined) draft.sequence = input.sequence;
  if (input.province !== undefined) draft.province = input.province;
  if (input.schoolHolidayRegion !== undefined) draft.schoolHolidayRegion = input.schoolHolidayRegion;
  record(draft, nowMs, SYSTEM, 'municipalityMerged', mergerSummary(merger));
  touch(draft, nowMs);
  return { ok: true, value: draft };
}

/**
 * C1: a member municipality of the collective merged. The successor takes its place (its
 * confirmation and embeddings carry over: the same council's decisions bind the new municipality
 * until it decides otherwise); where the successor already takes part, as the lead or a member,
 * the merged member leaves on the day it is recorded. The lead, the programme's number and its
 * region stay. Where the rules are silent we chose this: a merger ends no commitment by itself.
 */
function memberMerger(
  state: ProgrammeState,
  input: MunicipalityMergerInput & { formerCode: string },
  nowMs: number,
  rules: StepOptions,
  refuse: (ruleId: 'LIFECYCLE', message: string, reason?: string) => Outcome,
): Outcome {
  const active = (code: string) => state.collectiveMembers?.find((m) => m.municipalityCode === code && !m.leftAt);
  const former = input.formerName ?? input.formerCode;
  if (!active(input.formerCode)) {
    const done = state.mergers?.some(
      (m) => m.member && m.formerCode === input.formerCode && m.successorCode === input.successorCode,
    );
    return done
      ? refuse(
          'LIFECYCLE',
          `Gemeente ${former} is al opgegaan in ${input.successorName ?? input.successorCode}.`,
          ALREADY_MERGED,
        )
      : refuse('LIFECYCLE', `Gemeente ${former} neemt niet (meer) deel aan dit programma.`);
  }
  const draft = clone(state);
  fireDueEvents(draft, nowMs, rules);
  const at = new Date(nowMs).toISOString();
  const joined = draft.municipalityCode === input.successorCode || active(input.successorCode) !== undefined;
  draft.collectiveMembers = draft.collectiveMembers!.map((m) =>
    m.municipalityCode !== input.formerCode || m.leftAt
      ? m
      : joined
        ? { ...m, leftAt: at }
        : { ...m, municipalityCode: input.successorCode },
  );
  if (!joined && draft.agenda)
    draft.agenda.actions = draft.agenda.actions.map((a) =>
      a.memberEmbeddings?.some((e) => e.municipalityCode === input.formerCode)
        ? {
            ...a,
            memberEmbeddings: a.memberEmbeddings.map((e) =>
              e.municipalityCode === input.formerCode ? { ...e, municipalityCode: input.successorCode } : e,
            ),
          }
        : a,
    );
  const merger: MunicipalityMerger = {
    formerCode: input.formerCode,
    member: true,
    formerSequence: draft.sequence,
    ...(input.formerName !== undefined ? { formerName: input.formerName } : {}),
    successorCode: input.successorCode,
    ...(input.successorName !== undefined ? { successorName: input.successorName } : {}),
    effectiveOn: input.effectiveOn,
    recordedAt: at,
  };
  draft.mergers = [...(draft.mergers ?? []), merger];
  record(draft, nowMs, SYSTEM, 'municipalityMerged', mergerSummary(merger));
  touch(draft, nowMs);
  return { ok: true, value: draft };
}
