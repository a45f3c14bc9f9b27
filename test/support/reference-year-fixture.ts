import type { ReferenceYearData } from '../../libs/domain/src';

/**
 * A FIXTURE reference year, not a real herindeling (CBS has announced none in our data): on
 * 1 January 2099 Ameland (GM0060) and Schiermonnikoog (GM0088) merge into a new municipality
 * "Waddeneilanden-Oost" (GM9901, a code CBS does not use). 342 − 2 + 1 = 341 municipalities.
 */
export const FIXTURE_YEAR_2099: ReferenceYearData = {
  year: 2099,
  expectedCount: 341,
  mergers: [
    {
      merged: ['GM0060', 'GM0088'],
      successor: {
        code: 'GM9901',
        name: 'Waddeneilanden-Oost',
        province: 'Fryslân',
        provinceCode: 'PV21',
        veiligThuisRegion: 'Friesland',
        veiligThuisCode: 'VT04',
        jeugdregio: 'Friesland (Fryslân)',
        jeugdregioCode: 'JZ02',
        ggdRegion: 'GGD Fryslân',
        ggdRegionCode: 'GG7206',
        schoolHolidayRegion: 'noord',
        lat: 53.46,
        lon: 5.95,
        labelLat: 53.446,
        labelLon: 5.675,
      },
    },
  ],
};

/** 1 January 2099 plus a few days, Amsterdam morning: the merger is in effect. */
export const AFTER_FIXTURE_MERGER = Date.parse('2099-01-05T08:00:00.000Z');
