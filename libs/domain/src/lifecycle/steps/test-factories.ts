// Test support for the step specs (not exported by the lifecycle's index): small factories that
// build states by taking real steps, so every given state is one the rules could have produced.
import { expect } from 'vitest';
import type { CommandPayloads, CommandType, Command } from '../commands';
import { decide, startProgramme, type NewProgrammeInput, type Outcome } from '../lifecycle';
import type { Actor, ProgrammeState } from '../types';
import type { ViolationId } from '../violation';

export const T0 = Date.parse('2026-11-23T10:00:00.000Z');
export const LEAD: Actor = { role: 'PROJECT_LEAD' };
export const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
export const KWARTIERMAKER: Actor = { role: 'KWARTIERMAKER' };

/** The subject of every step spec: one human step on a given state at a given moment. */
export const sut = decide;

/** A command of `type` with its payload, taken by `actor` (the project lead unless said). */
export function step<T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command {
  return { type, ...payload, actor } as Command;
}

/** The refusal's rule id, or 'ACCEPTED'. */
export function ruleOf(outcome: Outcome): ViolationId | 'ACCEPTED' {
  return outcome.ok ? 'ACCEPTED' : outcome.error.ruleId;
}

/** The new state of an accepted step (fails the test with the refusal otherwise). */
export function accepted(outcome: Outcome): ProgrammeState {
  if (!outcome.ok) expect.fail(`refused: ${outcome.error.ruleId} ${outcome.error.message}`);
  return outcome.value;
}

/** The refusal of a step that must be refused, checking that it changed nothing. */
export function refused(
  state: ProgrammeState,
  command: Command,
  at = T0,
): { ruleId: ViolationId; message: string; details?: Record<string, unknown> } {
  const before = JSON.stringify(state);
  const outcome = sut(state, command, at);
  if (outcome.ok) expect.fail(`${command.type} was accepted but should have been refused`);
  expect(JSON.stringify(state)).toBe(before);
  // Every refusal explains itself in a sentence.
  expect(outcome.error.message.length).toBeGreaterThan(10);
  return outcome.error;
}

/** Takes the steps in order at `at`; each must be accepted. */
export function given(state: ProgrammeState, commands: Command[], at = T0): ProgrammeState {
  return commands.reduce((s, command) => accepted(sut(s, command, at)), state);
}

export function programme(options: Partial<NewProgrammeInput> = {}, at = T0): ProgrammeState {
  const started = startProgramme(
    {
      programmeId: 'programme-GM0363-1',
      municipalityCode: 'GM0363',
      sequence: 1,
      schoolHolidayRegion: 'noord',
      ...options,
    },
    at,
  );
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

/** R1.1–R1.3 hold; commitment not yet confirmed. */
export function readyToCommit(lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL', at = T0): ProgrammeState {
  return given(
    programme({}, at),
    [
      step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
      step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
      step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
      step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
      step('appointProjectLead', { kind: lead }),
    ],
    at,
  );
}

/** In AGENDA, nothing drafted yet. */
export function inAgenda(lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL', at = T0): ProgrammeState {
  return given(readyToCommit(lead, at), [step('confirmCommitment', {}, ALDERMAN)], at);
}

/** Three bottlenecks from three domains: enough to draft themes (R2.1). */
export const BOTTLENECKS: Command[] = (['CARE', 'EDUCATION', 'JUSTICE'] as const).map((domain) =>
  step('recordBottleneck', { description: `Knelpunt ${domain}`, domain }),
);

export const supportOf = (organisation: string): Command[] => [
  step('confirmSupport', { organisation, level: 'PROFESSIONAL' }),
  step('confirmSupport', { organisation, level: 'MANAGEMENT' }),
];

/** An agenda that R2.1–R2.4 accept; `withTraining` adds EXPERTISE and a school action (R3.1). */
export function readyToAdopt(
  options: { withTraining?: boolean; lead?: 'INTERNAL' | 'EXTERNAL' } = {},
  at = T0,
): ProgrammeState {
  const training: Command[] = options.withTraining
    ? [
        step('selectTheme', { theme: 'EXPERTISE' }),
        step('addAction', {
          title: 'Scholing leerkrachten',
          theme: 'EXPERTISE',
          ownerOrganisation: 'Stichting Onderwijs',
          aimedAtSchools: true,
        }),
        ...supportOf('Stichting Onderwijs'),
      ]
    : [];
  return given(
    inAgenda(options.lead, at),
    [
      ...BOTTLENECKS,
      step('selectTheme', { theme: 'COLLABORATION' }),
      step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
      ...training,
      ...supportOf('Veilig Thuis'),
    ],
    at,
  );
}

export function inExecution(
  options: { withTraining?: boolean; lead?: 'INTERNAL' | 'EXTERNAL' } = {},
  at = T0,
): ProgrammeState {
  return given(readyToAdopt(options, at), [step('adoptAgenda', {}, ALDERMAN)], at);
}

/** In EMBEDDING with its one action DONE and not yet embedded. */
export function inEmbedding(lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL', at = T0): ProgrammeState {
  const state = inExecution({ lead }, at);
  return given(
    state,
    [
      step('updateActionStatus', { actionId: state.agenda.actions[0]!.id, status: 'DONE' }),
      step('completeExecution', {}),
    ],
    at,
  );
}

export const EMBED_IN_REGIONAL_PLAN = {
  instrument: 'REGIONAL_APPROACH_PLAN',
  instrumentName: 'Regioaanpak huiselijk geweld en kindermishandeling',
  takenOverBy: 'Veilig Thuis',
  responsibleRole: 'teamleider',
} as const;

export function inContinuation(at = T0): ProgrammeState {
  const state = inEmbedding('INTERNAL', at);
  return given(
    state,
    [
      step('recordEmbedding', { actionId: state.agenda.actions[0]!.id, ...EMBED_IN_REGIONAL_PLAN }),
      step('completeEmbedding', {}),
    ],
    at,
  );
}
