import { isoWeekday, isValidIsoDate, type IsoDate } from './amsterdam-time';

// Municipal council elections (gemeenteraadsverkiezingen), reference data for R1.6 (docs/rules.md
// "The political cycle"). Source: the Kiesraad's results pages and the decrees fixing each polling
// day (2018-03-21, 2022-03-16, 2026-03-18). The Kieswet (art. J 1) puts the polling day on the
// Wednesday between 15 and 21 March of every fourth year; 2030-03-20 is that Wednesday, provisional
// until the day is fixed. Histories replay on these values: never change a fixed day, only add.

export interface ElectionDay {
  date: IsoDate;
  /** True until the polling day is fixed (the next one). */
  provisional: boolean;
  source: string;
}

/** The polling days already held or fixed. */
export const FIXED_ELECTION_DAYS: readonly ElectionDay[] = [
  { date: '2018-03-21', provisional: false, source: 'Kiesraad, gemeenteraadsverkiezingen 2018' },
  { date: '2022-03-16', provisional: false, source: 'Kiesraad, gemeenteraadsverkiezingen 2022' },
  { date: '2026-03-18', provisional: false, source: 'Kiesraad, gemeenteraadsverkiezingen 2026' },
];

/** The next polling day as the Kieswet's rule gives it; provisional (see `nextElectionDay`). */
export const DEFAULT_NEXT_ELECTION_DAY: IsoDate = '2030-03-20';

/**
 * Whether `date` can be the next polling day: a Wednesday in March after the last fixed one
 * (the Kieswet's 15–21 March is not enforced, so a changed law needs no code change).
 */
export function isPossibleElectionDay(date: string): boolean {
  const last = FIXED_ELECTION_DAYS[FIXED_ELECTION_DAYS.length - 1]!.date;
  return isValidIsoDate(date) && date > last && date.slice(5, 7) === '03' && isoWeekday(date) === 3;
}

/**
 * Every election day the rule knows: the fixed ones and the provisional next one (`next`, from the
 * programme's state when configured, else the default).
 */
export function electionDays(next: IsoDate = DEFAULT_NEXT_ELECTION_DAY): readonly ElectionDay[] {
  return [
    ...FIXED_ELECTION_DAYS,
    { date: next, provisional: true, source: 'Kieswet art. J 1 (woensdag 15–21 maart), voorlopig' },
  ];
}
