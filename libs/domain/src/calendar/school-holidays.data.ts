import type { SchoolHolidayRegion } from '../municipality';
import type { HolidayPeriod } from './summer-holidays.data';

/** R3.3 the school holidays the data names, in the order of a school year. */
export const SCHOOL_HOLIDAY_KINDS = ['AUTUMN', 'CHRISTMAS', 'SPRING', 'MAY', 'SUMMER'] as const;
export type SchoolHolidayKind = (typeof SCHOOL_HOLIDAY_KINDS)[number];

/** FIXED: set by the ministry; ADVISORY: adviesdata, schools may deviate (autumn, spring, the extra May week). */
export type SchoolHolidayStatus = 'FIXED' | 'ADVISORY';

/**
 * R3.3 school holidays (schoolvakanties) by school year (the calendar year it starts in) and region,
 * copied from libs/reference-data/school-holidays.json (Rijksoverheid open data; see PROVENANCE.md).
 * A table in code so the workflow bundle carries it without file access; school-holidays.data.spec.ts
 * checks it against the JSON. The May holiday's first week is fixed nationally, so it counts FIXED.
 */
export const OFFICIAL_SCHOOL_HOLIDAYS: Readonly<
  Record<
    number,
    Readonly<
      Record<
        SchoolHolidayKind,
        { status: SchoolHolidayStatus; regions: Readonly<Record<SchoolHolidayRegion, HolidayPeriod>> }
      >
    >
  >
> = {
  2024: {
    AUTUMN: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2024-10-26', end: '2024-11-03' },
        midden: { start: '2024-10-26', end: '2024-11-03' },
        zuid: { start: '2024-10-19', end: '2024-10-27' },
      },
    },
    CHRISTMAS: {
      status: 'FIXED',
      regions: {
        noord: { start: '2024-12-21', end: '2025-01-05' },
        midden: { start: '2024-12-21', end: '2025-01-05' },
        zuid: { start: '2024-12-21', end: '2025-01-05' },
      },
    },
    SPRING: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2025-02-15', end: '2025-02-23' },
        midden: { start: '2025-02-22', end: '2025-03-02' },
        zuid: { start: '2025-02-22', end: '2025-03-02' },
      },
    },
    MAY: {
      status: 'FIXED',
      regions: {
        noord: { start: '2025-04-26', end: '2025-05-04' },
        midden: { start: '2025-04-26', end: '2025-05-04' },
        zuid: { start: '2025-04-26', end: '2025-05-04' },
      },
    },
    SUMMER: {
      status: 'FIXED',
      regions: {
        noord: { start: '2025-07-12', end: '2025-08-24' },
        midden: { start: '2025-07-19', end: '2025-08-31' },
        zuid: { start: '2025-07-05', end: '2025-08-17' },
      },
    },
  },
  2025: {
    AUTUMN: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2025-10-18', end: '2025-10-26' },
        midden: { start: '2025-10-18', end: '2025-10-26' },
        zuid: { start: '2025-10-11', end: '2025-10-19' },
      },
    },
    CHRISTMAS: {
      status: 'FIXED',
      regions: {
        noord: { start: '2025-12-20', end: '2026-01-04' },
        midden: { start: '2025-12-20', end: '2026-01-04' },
        zuid: { start: '2025-12-20', end: '2026-01-04' },
      },
    },
    SPRING: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2026-02-21', end: '2026-03-01' },
        midden: { start: '2026-02-14', end: '2026-02-22' },
        zuid: { start: '2026-02-14', end: '2026-02-22' },
      },
    },
    MAY: {
      status: 'FIXED',
      regions: {
        noord: { start: '2026-04-25', end: '2026-05-03' },
        midden: { start: '2026-04-25', end: '2026-05-03' },
        zuid: { start: '2026-04-25', end: '2026-05-03' },
      },
    },
    SUMMER: {
      status: 'FIXED',
      regions: {
        noord: { start: '2026-07-04', end: '2026-08-16' },
        midden: { start: '2026-07-18', end: '2026-08-30' },
        zuid: { start: '2026-07-11', end: '2026-08-23' },
      },
    },
  },
  2026: {
    AUTUMN: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2026-10-10', end: '2026-10-18' },
        midden: { start: '2026-10-17', end: '2026-10-25' },
        zuid: { start: '2026-10-17', end: '2026-10-25' },
      },
    },
    CHRISTMAS: {
      status: 'FIXED',
      regions: {
        noord: { start: '2026-12-19', end: '2027-01-03' },
        midden: { start: '2026-12-19', end: '2027-01-03' },
        zuid: { start: '2026-12-19', end: '2027-01-03' },
      },
    },
    SPRING: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2027-02-20', end: '2027-02-28' },
        midden: { start: '2027-02-20', end: '2027-02-28' },
        zuid: { start: '2027-02-13', end: '2027-02-21' },
      },
    },
    MAY: {
      status: 'FIXED',
      regions: {
        noord: { start: '2027-04-24', end: '2027-05-02' },
        midden: { start: '2027-04-24', end: '2027-05-02' },
        zuid: { start: '2027-04-24', end: '2027-05-02' },
      },
    },
    SUMMER: {
      status: 'FIXED',
      regions: {
        noord: { start: '2027-07-10', end: '2027-08-22' },
        midden: { start: '2027-07-17', end: '2027-08-29' },
        zuid: { start: '2027-07-24', end: '2027-09-05' },
      },
    },
  },
  2027: {
    AUTUMN: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2027-10-16', end: '2027-10-24' },
        midden: { start: '2027-10-16', end: '2027-10-24' },
        zuid: { start: '2027-10-23', end: '2027-10-31' },
      },
    },
    CHRISTMAS: {
      status: 'FIXED',
      regions: {
        noord: { start: '2027-12-25', end: '2028-01-09' },
        midden: { start: '2027-12-25', end: '2028-01-09' },
        zuid: { start: '2027-12-25', end: '2028-01-09' },
      },
    },
    SPRING: {
      status: 'ADVISORY',
      regions: {
        noord: { start: '2028-02-19', end: '2028-02-27' },
        midden: { start: '2028-02-26', end: '2028-03-05' },
        zuid: { start: '2028-02-26', end: '2028-03-05' },
      },
    },
    MAY: {
      status: 'FIXED',
      regions: {
        noord: { start: '2028-04-29', end: '2028-05-07' },
        midden: { start: '2028-04-29', end: '2028-05-07' },
        zuid: { start: '2028-04-29', end: '2028-05-07' },
      },
    },
    SUMMER: {
      status: 'FIXED',
      regions: {
        noord: { start: '2028-07-15', end: '2028-08-27' },
        midden: { start: '2028-07-08', end: '2028-08-20' },
        zuid: { start: '2028-07-22', end: '2028-09-03' },
      },
    },
  },
};
