import type { SchoolHolidayRegion } from '../municipality';
import type { IsoDate } from './amsterdam-time';

/** A summer holiday, inclusive Saturday..Sunday. */
export interface HolidayPeriod {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Official summer holidays (zomervakantie, status "fixed") by calendar year and region, copied from
 * libs/reference-data/school-holidays.json (Rijksoverheid open data; see PROVENANCE.md). A table in
 * code, not a JSON import, so the workflow bundle carries it without file access;
 * summer-holidays.data.spec.ts checks it against the JSON. Add a year here when the JSON gains one.
 */
export const OFFICIAL_SUMMER_HOLIDAYS: Readonly<Record<number, Readonly<Record<SchoolHolidayRegion, HolidayPeriod>>>> =
  {
    2025: {
      noord: { start: '2025-07-12', end: '2025-08-24' },
      midden: { start: '2025-07-19', end: '2025-08-31' },
      zuid: { start: '2025-07-05', end: '2025-08-17' },
    },
    2026: {
      noord: { start: '2026-07-04', end: '2026-08-16' },
      midden: { start: '2026-07-18', end: '2026-08-30' },
      zuid: { start: '2026-07-11', end: '2026-08-23' },
    },
    2027: {
      noord: { start: '2027-07-10', end: '2027-08-22' },
      midden: { start: '2027-07-17', end: '2027-08-29' },
      zuid: { start: '2027-07-24', end: '2027-09-05' },
    },
    2028: {
      noord: { start: '2028-07-15', end: '2028-08-27' },
      midden: { start: '2028-07-08', end: '2028-08-20' },
      zuid: { start: '2028-07-22', end: '2028-09-03' },
    },
  };

export const OFFICIAL_SUMMER_HOLIDAYS_SOURCE = 'Rijksoverheid open data (libs/reference-data/school-holidays.json)';
