import {
  advanceTime,
  inExecutionWithTraining,
  takeSteps,
  type Actor,
  type Command,
  type CommandPayloads,
  type CommandType,
  type ProgrammeState,
} from '../../libs/domain/src';

// A programme in EXECUTION whose training calendar is fixed (R3.1), built with the domain's own
// functions (its known-good path to EXECUTION with a training track), for specs of what follows a
// planned training session (invitations, .ics files).

const LEAD: Actor = { role: 'PROJECT_LEAD' };

const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command =>
  ({ type, ...payload, actor }) as Command;

/** Started 23 November 2026 in Utrecht (GM0344, region midden); calendar fixed on 10 January 2027. */
export function calendarFixed(programmeId = 'programme-GM0344-1'): ProgrammeState {
  const t0 = Date.parse('2026-11-23T10:00:00.000Z');
  const executing = inExecutionWithTraining(
    {
      programmeId,
      municipalityCode: 'GM0344',
      sequence: Number(programmeId.split('-')[2] ?? 1),
      schoolHolidayRegion: 'midden',
    },
    t0,
  );
  return takeSteps(
    advanceTime(executing, Date.parse('2027-01-02T09:00:00.000Z')),
    [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
    Date.parse('2027-01-10T09:00:00.000Z'),
  );
}

/** `state` with a training session planned at `at` (a date inside school year 2027/2028). */
export function withSession(state: ProgrammeState, date: string, title: string, at: number): ProgrammeState {
  return takeSteps(state, [step('planTrainingSession', { date, title })], at);
}
