import {
  advanceTime,
  decide,
  startProgramme,
  type Actor,
  type Command,
  type CommandPayloads,
  type CommandType,
  type ProgrammeState,
} from '../../libs/domain/src';

// A programme in EXECUTION whose training calendar is fixed (R3.1), built with the domain's own
// functions, for specs of what follows a planned training session (invitations, .ics files).

const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command =>
  ({ type, ...payload, actor }) as Command;

function given(state: ProgrammeState, commands: Command[], at: number): ProgrammeState {
  return commands.reduce((s, command) => {
    const outcome = decide(s, command, at);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.message}`);
    return outcome.value;
  }, state);
}

const support = (organisation: string) => [
  step('confirmSupport', { organisation, level: 'PROFESSIONAL' }),
  step('confirmSupport', { organisation, level: 'MANAGEMENT' }),
];

/** Started 23 November 2026 in Utrecht (GM0344, region midden); calendar fixed on 10 January 2027. */
export function calendarFixed(programmeId = 'programme-GM0344-1'): ProgrammeState {
  const t0 = Date.parse('2026-11-23T10:00:00.000Z');
  const started = startProgramme(
    {
      programmeId,
      municipalityCode: 'GM0344',
      sequence: Number(programmeId.split('-')[2] ?? 1),
      schoolHolidayRegion: 'midden',
    },
    t0,
  );
  if (!started.ok) throw new Error(started.error.message);
  const executing = given(
    started.value,
    [
      step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
      step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
      step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
      step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
      step('appointProjectLead', { kind: 'INTERNAL' }),
      step('confirmCommitment', {}, ALDERMAN),
      ...(['CARE', 'EDUCATION', 'JUSTICE'] as const).map((domain) =>
        step('recordBottleneck', { description: `Knelpunt ${domain}`, domain }),
      ),
      step('selectTheme', { theme: 'COLLABORATION' }),
      step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
      step('selectTheme', { theme: 'EXPERTISE' }),
      step('addAction', {
        title: 'Scholing leerkrachten',
        theme: 'EXPERTISE',
        ownerOrganisation: 'Stichting Onderwijs',
        aimedAtSchools: true,
      }),
      ...support('Stichting Onderwijs'),
      ...support('Veilig Thuis'),
      step('adoptAgenda', {}, ALDERMAN),
    ],
    t0,
  );
  return given(
    advanceTime(executing, Date.parse('2027-01-02T09:00:00.000Z')),
    [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
    Date.parse('2027-01-10T09:00:00.000Z'),
  );
}

/** `state` with a training session planned at `at` (a date inside school year 2027/2028). */
export function withSession(state: ProgrammeState, date: string, title: string, at: number): ProgrammeState {
  return given(state, [step('planTrainingSession', { date, title })], at);
}
