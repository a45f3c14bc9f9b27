import type { Result } from '../result';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from './reminders';

// Per-programme reminder offsets within national policy (issue 16, "per-programme settings within
// policy"). A project lead or a kwartiermaker chooses how many days before a deadline the project
// leads are reminded; national policy bounds the choice so reminders stay useful and few (P3: the
// ladder reaches people; a municipality may not silence its own warnings, so at least one offset).
// Pure: the bounds are an argument, defaulting to the national ones below.

/** National bounds on a programme's reminder offsets, in whole days before the deadline's day. */
export interface ReminderOffsetBounds {
  /** Fewest days before: 1 (a reminder on the deadline's day itself would come when the time engine acts). */
  min: number;
  /** Most days before. */
  max: number;
  /** Most offsets per deadline: more reminders stop being read. */
  maxCount: number;
}

/** National policy: 1 to 30 days before, at most three reminders per deadline. The default (14, 2) lies inside. */
export const REMINDER_OFFSET_BOUNDS: ReminderOffsetBounds = { min: 1, max: 30, maxCount: 3 };

/** Stable codes of a refused choice of offsets (GraphQL `extensions.details.reason`). */
export type ReminderOffsetsProblem =
  | 'REMINDER_OFFSETS_EMPTY'
  | 'REMINDER_OFFSETS_TOO_MANY'
  | 'REMINDER_OFFSET_NOT_WHOLE_DAYS'
  | 'REMINDER_OFFSET_OUT_OF_BOUNDS'
  | 'REMINDER_OFFSETS_NOT_DISTINCT';

export interface ReminderOffsetsViolation {
  code: ReminderOffsetsProblem;
  /** Dutch sentence a municipal policy officer understands. */
  nl: string;
  en: string;
  details: { daysBefore: number[]; min: number; max: number; maxCount: number; offending?: number };
}

const days = (n: number, lang: 'nl' | 'en') =>
  lang === 'nl' ? `${n} ${n === 1 ? 'dag' : 'dagen'}` : `${n} day${n === 1 ? '' : 's'}`;

/**
 * Whether `daysBefore` is a valid choice within `bounds`: at least one and at most `maxCount`
 * offsets, each a whole number of days from `min` to `max`, no day twice. Answers the offsets from
 * the earliest reminder to the latest (most days before first), or the first problem found.
 */
export function checkReminderOffsets(
  daysBefore: readonly number[],
  bounds: ReminderOffsetBounds = REMINDER_OFFSET_BOUNDS,
): Result<number[], ReminderOffsetsViolation> {
  const { min, max, maxCount } = bounds;
  const given = [...daysBefore];
  const refuse = (code: ReminderOffsetsProblem, nl: string, en: string, offending?: number) => ({
    ok: false as const,
    error: {
      code,
      nl,
      en,
      details: { daysBefore: given, min, max, maxCount, ...(offending !== undefined ? { offending } : {}) },
    },
  });
  const range = {
    nl: `tussen ${min} en ${max} dagen vóór de termijn`,
    en: `between ${min} and ${max} days before the deadline`,
  };
  if (given.length === 0)
    return refuse(
      'REMINDER_OFFSETS_EMPTY',
      `Kies minstens één herinnering, ${range.nl}. Herinneringen helemaal uitzetten kan niet: zo hoort de projectleider op tijd van een termijn.`,
      `Choose at least one reminder, ${range.en}. Reminders cannot be switched off: they tell the project lead of a deadline in time.`,
    );
  if (given.length > maxCount)
    return refuse(
      'REMINDER_OFFSETS_TOO_MANY',
      `Kies ten hoogste ${maxCount} herinneringen per termijn (u koos er ${given.length}); meer herinneringen worden niet meer gelezen.`,
      `Choose at most ${maxCount} reminders per deadline (you chose ${given.length}); more reminders stop being read.`,
    );
  for (const d of given) {
    if (!Number.isInteger(d))
      return refuse(
        'REMINDER_OFFSET_NOT_WHOLE_DAYS',
        `Een herinnering valt een heel aantal dagen vóór de termijn, niet ${d}.`,
        `A reminder falls a whole number of days before the deadline, not ${d}.`,
        d,
      );
    if (d < min || d > max)
      return refuse(
        'REMINDER_OFFSET_OUT_OF_BOUNDS',
        `Een herinnering ${days(d, 'nl')} vóór de termijn kan niet: het landelijk beleid staat ${range.nl} toe.`,
        `A reminder ${days(d, 'en')} before the deadline is not possible: national policy allows ${range.en}.`,
        d,
      );
  }
  const twice = given.find((d, i) => given.indexOf(d) !== i);
  if (twice !== undefined)
    return refuse(
      'REMINDER_OFFSETS_NOT_DISTINCT',
      `U koos ${days(twice, 'nl')} vóór de termijn twee keer; kies elke dag maar één keer.`,
      `You chose ${days(twice, 'en')} before the deadline twice; choose each day only once.`,
      twice,
    );
  return { ok: true, value: given.sort((a, b) => b - a) };
}

/** Whether two choices of offsets name the same days (in any order). */
export function sameReminderOffsets(a: readonly number[], b: readonly number[]): boolean {
  const x = [...a].sort((m, n) => m - n);
  const y = [...b].sort((m, n) => m - n);
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

/**
 * The policy the reminder scan applies to a programme: its own offsets when it has valid ones,
 * else the national default's. Offsets stored under wider bounds than today's fall back to the
 * default rather than stop the programme's reminders.
 */
export function reminderPolicyOf(
  ownDaysBefore: readonly number[] | undefined,
  base: ReminderPolicy = DEFAULT_REMINDER_POLICY,
  bounds: ReminderOffsetBounds = REMINDER_OFFSET_BOUNDS,
): ReminderPolicy {
  if (ownDaysBefore === undefined) return base;
  const checked = checkReminderOffsets(ownDaysBefore, bounds);
  return checked.ok ? { ...base, daysBefore: checked.value } : base;
}

/** "14 en 3 dagen" / "14 and 3 days": the offsets as a reader says them. */
function dayList(daysBefore: readonly number[], lang: 'nl' | 'en'): string {
  const n = daysBefore.map(String);
  const joined =
    n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${n.at(-1)}`;
  const one = daysBefore.length === 1 && daysBefore[0] === 1;
  return `${joined} ${lang === 'nl' ? (one ? 'dag' : 'dagen') : one ? 'day' : 'days'}`;
}

/** The timeline's line for a change of reminder offsets (the directory's audit trail). */
export function reminderOffsetsSentence(
  change: { daysBefore: readonly number[]; isDefault: boolean },
  lang: 'nl' | 'en' = 'nl',
): string {
  const when = dayList(change.daysBefore, lang);
  if (lang === 'en')
    return change.isDefault
      ? `Reminders back to the national default: ${when} before each deadline.`
      : `Reminders now ${when} before each deadline.`;
  return change.isDefault
    ? `Herinneringen terug naar de landelijke standaard: ${when} vóór elke termijn.`
    : `Herinneringen voortaan ${when} vóór elke termijn.`;
}
