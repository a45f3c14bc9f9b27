import type { Command, CommandType } from '../commands';
import { checkGuard, requireRole } from '../guards';
import { MAX_TEXT } from '../input';
import { must, refuse } from '../refusal';
import type { ProgrammeState } from '../types';
import { AGENDA_STEPS } from './agenda';
import { COLLECTIVE_STEPS } from './collective';
import { COMMITMENT_STEPS } from './commitment';
import { CONTINUATION_STEPS } from './continuation';
import { EMBEDDING_STEPS } from './embedding';
import { EXECUTION_STEPS } from './execution';
import { GOVERNANCE_STEPS } from './governance';
import type { StepCommand, StepHandler, StepOptions, StepRegistry, StepTime } from './step';

/** Every lifecycle step, by command type (docs/rules.md P1–P5). */
export const STEPS: StepRegistry = {
  ...COMMITMENT_STEPS,
  ...COLLECTIVE_STEPS,
  ...AGENDA_STEPS,
  ...EXECUTION_STEPS,
  ...EMBEDDING_STEPS,
  ...CONTINUATION_STEPS,
  ...GOVERNANCE_STEPS,
};

function handlerOf(type: unknown): StepHandler<CommandType> | undefined {
  // Own properties only: a type such as 'toString' names no step.
  return typeof type === 'string' && Object.hasOwn(STEPS, type)
    ? (STEPS[type as CommandType] as unknown as StepHandler<CommandType>)
    : undefined;
}

/** Checks one step against its guard, rules and role, then applies it to the draft; a refusal throws. */
export function takeStep(d: ProgrammeState, c: Command, nowMs: number, options: StepOptions = {}): void {
  const at: StepTime = { ...options, nowMs, now: new Date(nowMs).toISOString() };
  if (!c.actor || !c.actor.role) refuse('INVALID_INPUT', 'Zeg wie deze stap zet (rol).');
  const handler = handlerOf(c.type);
  if (!handler) refuse('INVALID_INPUT', `Onbekende stap '${String((c as { type?: unknown }).type)}'.`);
  checkGuard(d, c.type, handler.guard);
  for (const rule of handler.rules ?? []) must(rule(d));
  if (handler.role) requireRole(c.actor, handler.role.allowed, handler.role.to);
  handler.effect(d, c as StepCommand<CommandType>, at);
}

/** The step's timeline line. */
export function summarise(c: Command): string {
  const handler = STEPS[c.type] as unknown as StepHandler<CommandType>;
  return handler.summary(c as StepCommand<CommandType>).slice(0, 2 * MAX_TEXT);
}
