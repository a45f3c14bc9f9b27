import { describe, expect, it } from 'vitest';
import reference from '../../../reference-data/school-holidays.json';
import type { SchoolHolidayRegion } from '../municipality';
import { startOfAmsterdamDay } from './amsterdam-time';
import { estimatedSummerHoliday, schoolYear } from './school-year';
import { OFFICIAL_SCHOOL_HOLIDAYS } from './school-holidays.data';
import { trainingCalendar } from './training-calendar';
import { trainingDeadlines } from './training-deadlines';

type Period = { start: string; end: string };
const JSON_NAMES = {
  AUTUMN: 'herfstvakantie',
  CHRISTMAS: 'kerstvakantie',
  SPRING: 'voorjaarsvakantie',
  MAY: 'meivakantie',
  SUMMER: 'zomervakantie',
} as const;
const schoolYears = reference.school_years as Record<
  string,
  Record<string, { status: string; regions: Record<SchoolHolidayRegion, Period> }>
>;

describe('R3.3 school holidays match libs/reference-data/school-holidays.json', () => {
  it('holds every holiday of every school year in the JSON, per region, with its status', () => {
    expect(Object.keys(OFFICIAL_SCHOOL_HOLIDAYS).map(Number)).toEqual(
      Object.keys(schoolYears).map((name) => Number(name.slice(0, 4))),
    );
    for (const [name, holidays] of Object.entries(schoolYears)) {
      const sut = OFFICIAL_SCHOOL_HOLIDAYS[Number(name.slice(0, 4))]!;
      for (const [kind, jsonName] of Object.entries(JSON_NAMES)) {
        const fromJson = holidays[jsonName]!;
        expect(sut[kind as keyof typeof JSON_NAMES].regions).toEqual(fromJson.regions);
        expect(sut[kind as keyof typeof JSON_NAMES].status).toBe(fromJson.status === 'advisory' ? 'ADVISORY' : 'FIXED');
      }
    }
  });
});

describe('R3.1 training calendar of a target year', () => {
  it('names the January window, 1 February, the end of February and 31 May, acting when trainingDeadlines says', () => {
    const sut = trainingCalendar('noord', 2028);
    const acts = trainingDeadlines(2028);
    expect(sut.deadlines).toEqual([
      { kind: 'WINDOW_OPENS', date: '2028-01-01', actsAtMs: acts.windowOpensAt },
      { kind: 'NOT_STARTED', date: '2028-02-01', actsAtMs: acts.notStartedEscalationAt },
      // 2028 is a leap year: the end of February is the 29th, passing at 00:00 on 1 March.
      { kind: 'END_OF_FEBRUARY', date: '2028-02-29', actsAtMs: startOfAmsterdamDay('2028-03-01') },
      { kind: 'CALENDAR_CUTOFF', date: '2028-05-31', actsAtMs: startOfAmsterdamDay('2028-06-01') },
    ]);
  });

  it("follows a programme's own calendar cut-off", () => {
    const sut = trainingCalendar('midden', 2027, '04-30');
    expect(sut.deadlines.at(-1)).toEqual({
      kind: 'CALENDAR_CUTOFF',
      date: '2027-04-30',
      actsAtMs: startOfAmsterdamDay('2027-05-01'),
    });
  });

  it('has the school year of the region', () => {
    expect(trainingCalendar('zuid', 2027).schoolYear).toEqual(schoolYear('zuid', 2027));
  });
});

describe('R3.3 holidays on the training calendar', () => {
  it("lists the region's holidays from 1 January Y to the summer after school year Y/Y+1, in order", () => {
    const sut = trainingCalendar('zuid', 2026);
    expect(sut.holidaysPublished).toBe(true);
    expect(sut.holidays.map((h) => [h.kind, h.from, h.to])).toEqual([
      // Christmas 2025/2026 ends on 4 January 2026, inside the window.
      ['CHRISTMAS', '2025-12-20', '2026-01-04'],
      ['SPRING', '2026-02-14', '2026-02-22'],
      ['MAY', '2026-04-25', '2026-05-03'],
      ['SUMMER', '2026-07-11', '2026-08-23'],
      ['AUTUMN', '2026-10-17', '2026-10-25'],
      ['CHRISTMAS', '2026-12-19', '2027-01-03'],
      ['SPRING', '2027-02-13', '2027-02-21'],
      ['MAY', '2027-04-24', '2027-05-02'],
      ['SUMMER', '2027-07-24', '2027-09-05'],
    ]);
    expect(sut.holidays.filter((h) => h.status === 'ADVISORY').map((h) => h.kind)).toEqual([
      'SPRING',
      'AUTUMN',
      'SPRING',
    ]);
  });

  it('differs per region (spring holiday 2026: noord a week later than zuid)', () => {
    const noord = trainingCalendar('noord', 2026).holidays.find((h) => h.kind === 'SPRING')!;
    expect([noord.from, noord.to]).toEqual(['2026-02-21', '2026-03-01']);
  });

  it('R3.3 marks a school year missing from the data: its estimated holidays, each provisional', () => {
    const sut = trainingCalendar('midden', 2028);
    expect(sut.holidaysPublished).toBe(false);
    const estimated = sut.holidays.filter((h) => h.schoolYear === 2028);
    expect(estimated.map((h) => h.kind)).toEqual(['AUTUMN', 'CHRISTMAS', 'SPRING', 'MAY', 'SUMMER']);
    const estimate = estimatedSummerHoliday(2029);
    expect(estimated.at(-1)).toEqual({
      kind: 'SUMMER',
      schoolYear: 2028,
      from: estimate.start,
      to: estimate.end,
      status: 'FIXED',
      provisional: true,
    });
    expect(estimated.find((h) => h.kind === 'CHRISTMAS')).toMatchObject({ from: '2028-12-23', to: '2029-01-07' });
    expect(sut.holidays.filter((h) => h.provisional)).toEqual(estimated);
  });
});
