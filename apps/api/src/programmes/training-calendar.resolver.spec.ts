import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay } from '../../../../libs/domain/src';
import type { ProgrammeModel } from './programme.model';
import type { ProgrammeService } from './programme.service';
import { TrainingCalendarResolver } from './training-calendar.resolver';
import type { GqlContext } from '../common/request-context';

// The region comes from the programme's municipality when the query asked for it; the service's
// loader is not needed then (a service that throws proves it is not asked).
const noService = {
  municipalityLoader: () => {
    throw new Error('not expected');
  },
} as unknown as ProgrammeService;

function programme(overrides: Partial<ProgrammeModel> = {}): ProgrammeModel {
  return {
    id: 'programme-GM0363-1',
    municipalityCode: 'GM0363',
    municipality: {
      code: 'GM0363',
      name: 'Amsterdam',
      province: 'Noord-Holland',
      veiligThuisRegion: 'Amsterdam-Amstelland',
      jeugdregio: 'Amsterdam-Amstelland',
      ggdRegion: 'Amsterdam',
      schoolHolidayRegion: 'NOORD',
      latitude: 52.37,
      longitude: 4.9,
    },
    settings: {
      calendarCutoff: '04-30',
      escalationIntervalWeeks: 4,
      hasOwnWebhook: false,
      stallThresholdWeeks: { COMMITMENT: 6, AGENDA: 12, EXECUTION: 8, EMBEDDING: 8, CONTINUATION: 52 },
    },
    training: {
      dueAt: '2026-12-01T10:00:00.000Z',
      targetYear: 2027,
      stage: 'WINDOW_OPEN',
      missedYears: [],
      sessions: [
        { id: 'session-2', date: '2027-11-02', title: 'Tweede', plannedAt: '2026-12-02T10:00:00.000Z' },
        { id: 'session-1', date: '2027-10-05', title: 'Eerste', plannedAt: '2026-12-02T11:00:00.000Z' },
      ],
    },
    ...overrides,
  } as ProgrammeModel;
}

describe('Programme.trainingCalendar (R3.1, R3.3)', () => {
  const sut = new TrainingCalendarResolver(noService);
  const ctx = {} as GqlContext;

  it('is empty without a training track', async () => {
    expect(await sut.trainingCalendar(programme({ training: undefined }), ctx)).toBeNull();
  });

  it("uses the municipality's holiday region and the programme's own calendar cut-off", async () => {
    const calendar = (await sut.trainingCalendar(programme(), ctx))!;
    expect(calendar.targetYear).toBe(2027);
    // noord: summer holiday 2027 ends 22 August, 2028 starts 15 July.
    expect(calendar.schoolYear).toEqual({ firstDay: '2027-08-23', lastDay: '2028-07-14', provisional: false });
    expect(calendar.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['WINDOW_OPENS', '2027-01-01'],
      ['NOT_STARTED', '2027-02-01'],
      ['END_OF_FEBRUARY', '2027-02-28'],
      ['CALENDAR_CUTOFF', '2027-04-30'],
    ]);
    expect(calendar.deadlines.at(-1)!.actsAt).toBe(new Date(startOfAmsterdamDay('2027-05-01')).toISOString());
    const spring = calendar.holidays.filter((h) => h.kind === 'SPRING');
    expect(spring.map((h) => [h.from, h.advisory])).toEqual([
      ['2027-02-20', true],
      ['2028-02-19', true],
    ]);
  });

  it('lists the sessions by date', async () => {
    const calendar = (await sut.trainingCalendar(programme(), ctx))!;
    expect(calendar.sessions.map((s) => s.id)).toEqual(['session-1', 'session-2']);
  });
});
