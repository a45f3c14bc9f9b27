import { addIsoDays, DECLARABLE_PHASES, type PastPhase } from '../../../libs/domain/src';
import type { DemoProgramme } from './demo-plan';

/** `YYYY-MM-DD`, a day in Europe/Amsterdam. */
type IsoDate = string;

// The days the demo programmes' past phases ended (`startProgramme(pastPhases:)`, docs/rules.md
// "Programmes that began before Olievlek"), so the national medians and each programme's phase
// history show months, as a real rollout takes, instead of the seconds the seed needs. Derived
// from the plan's real start day with a little variation per municipality, on the school year of
// DOMAIN.md (R3.1): talks with the school boards start in January, the boards fix their calendar
// by 31 May, the training runs in the school year after the summer, and execution ends when that
// school year does.
//
// The phase a programme is in now decides its stall clock (AGENDA and EMBEDDING run from the
// declared day): it was entered a few weeks ago, unless the plan says it stalled there
// (`stalledForWeeks`, counted back from the day the seed runs). The phases before it keep their
// typical length; COMMITMENT takes up what is left of the time since the real start day.

/** Weeks before the seed runs at the latest that a programme entered AGENDA or EMBEDDING when it is not planned to stall: within both thresholds (12 and 8 weeks) and before the two-week reminder. */
export const RECENT_ENTRY_WEEKS = 4;

/** 0 ≤ v < 1, fixed per municipality: phases of different programmes do not all last as long. */
function variation(code: string): number {
  return ((Number(code.replace(/\D/g, '')) * 37) % 100) / 100;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** The day a phase entered on `from` typically ends. */
function typicalEnd(phase: (typeof DECLARABLE_PHASES)[number], from: IsoDate, v: number): IsoDate {
  switch (phase) {
    case 'COMMITMENT': // an alderman, three partner domains and a project lead: 10–19 weeks
      return addIsoDays(from, 70 + Math.round(60 * v));
    case 'AGENDA': // bottlenecks from professionals, themes, actions, the support test: 4–7 months
      return addIsoDays(from, 120 + Math.round(90 * (1 - v)));
    case 'EXECUTION': {
      // Talks with the school boards in January of Y (Y+1 when the agenda was adopted after
      // February), the calendar fixed by 31 May, the training in school year Y/Y+1: done in July Y+1.
      const year = Number(from.slice(0, 4)) + (from.slice(5) > '02-29' ? 1 : 0);
      return addIsoDays(`${year + 1}-07-01`, Math.round(14 * v));
    }
    case 'EMBEDDING': // every done action taken into existing policy: 5–9 months
      return addIsoDays(from, 150 + Math.round(120 * v));
    default: {
      const unreachable: never = phase;
      throw new Error(`no typical end for ${String(unreachable)}`);
    }
  }
}

/**
 * The declared ends of the phases before `plan.phase`, for a seed run on `today` (Amsterdam):
 * ascending, from `startedOn` to `today` (the API's `checkPastPhases` holds). None for a
 * programme still in COMMITMENT.
 */
export function demoPastPhases(plan: DemoProgramme, today: IsoDate): PastPhase[] {
  const count = (DECLARABLE_PHASES as readonly string[]).indexOf(plan.phase);
  const declared = count < 0 ? [...DECLARABLE_PHASES] : DECLARABLE_PHASES.slice(0, count);
  if (declared.length === 0) return [];
  const v = variation(plan.municipalityCode);
  const ends: IsoDate[] = [];
  let from = plan.startedOn;
  for (const phase of declared) {
    from = typicalEnd(phase, from, v);
    ends.push(from);
  }
  const last = ends.length - 1;
  // The current phase entered when the plan says: every end moves by as much, so the later phases
  // keep their typical length and COMMITMENT takes what is left (a slow start).
  let entered = ends[last]!;
  if (plan.stalledForWeeks !== undefined) entered = addIsoDays(today, -7 * plan.stalledForWeeks);
  else if (plan.phase === 'AGENDA' || plan.phase === 'EMBEDDING')
    entered = later(entered, addIsoDays(today, -7 * RECENT_ENTRY_WEEKS));
  const shift = Math.round((Date.parse(entered) - Date.parse(ends[last]!)) / 86_400_000);
  for (let i = 0; i <= last; i++) ends[i] = addIsoDays(ends[i]!, shift);
  // Never after today nor after the next end, never before the start.
  for (let i = last; i >= 0; i--) {
    ends[i] = later(earlier(ends[i]!, i === last ? today : ends[i + 1]!), plan.startedOn);
  }
  return declared.map((phase, i) => ({ phase, endedOn: ends[i]! }));
}
