import type { Command, CommandPayloads, CommandType } from './commands';
import { decide, startProgramme, type NewProgrammeInput } from './lifecycle';
import type { Actor, ProgrammeState } from './types';

// Known-good paths through the lifecycle, for the specs of the domain, the activities and the
// end-to-end suites (and anything else that needs a programme far along without a workflow): states
// built by taking real steps, so each is one the rules could have produced. Pure, like the rest of
// the domain; a refusal on the way is a bug in the path, so it throws.

const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command =>
  ({ type, ...payload, actor }) as Command;

/** Takes `commands` in order at `atMs`; throws on the first refusal, naming the step and why. */
export function takeSteps(state: ProgrammeState, commands: readonly Command[], atMs: number): ProgrammeState {
  return commands.reduce((s, command) => {
    const outcome = decide(s, command, atMs);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.message}`);
    return outcome.value;
  }, state);
}

/**
 * The steps from a new programme to EXECUTION with a training track: R1.1–R1.3 and the alderman's
 * confirmation; three bottlenecks from three domains (R2.1); the themes COLLABORATION and EXPERTISE
 * with an action each, the second aimed at schools (R2.2, R2.3, so R3.1's training track applies);
 * both levels' support of each action's owner (R2.4); the alderman's adoption (R2.5).
 */
export function stepsToExecutionWithTraining(): Command[] {
  const support = (organisation: string) => [
    step('confirmSupport', { organisation, level: 'PROFESSIONAL' }),
    step('confirmSupport', { organisation, level: 'MANAGEMENT' }),
  ];
  return [
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
  ];
}

/** A programme started with `input` at `atMs` and taken to EXECUTION with a training track at that moment. */
export function inExecutionWithTraining(input: NewProgrammeInput, atMs: number): ProgrammeState {
  const started = startProgramme(input, atMs);
  if (!started.ok) throw new Error(started.error.message);
  return takeSteps(started.value, stepsToExecutionWithTraining(), atMs);
}
