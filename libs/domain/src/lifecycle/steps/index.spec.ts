import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../rule-ids';
import { COMMAND_TYPES, type Command } from '../commands';
import { STEPS } from './index';
import { given, LEAD, programme, refused, step, sut, T0 } from './test-factories';

describe('the step registry', () => {
  it('has a handler with a summary for every command type, and nothing else', () => {
    expect(Object.keys(STEPS).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('an accepted step bumps the version, stamps the time and records who did it with its summary', () => {
    const out = sut(programme(), step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }), T0 + 5000);
    expect(out.ok && out.value).toMatchObject({ version: 2, updatedAt: new Date(T0 + 5000).toISOString() });
    expect(out.ok && out.value.timeline.at(-1)).toEqual({
      at: new Date(T0 + 5000).toISOString(),
      by: LEAD,
      event: 'commitPartner',
      summary: 'Veilig Thuis (CARE) heeft zich gecommitteerd.',
    });
  });

  it('every lifecycle rule and guard names a describe block of the step specs', () => {
    const titles = readdirSync(__dirname)
      .filter((file) => file.endsWith('.spec.ts'))
      .flatMap((file) =>
        [...readFileSync(join(__dirname, file), 'utf8').matchAll(/describe\('([^']+)'/g)].map((m) => m[1]!),
      );
    const ids = [...RULE_IDS, 'LIFECYCLE', 'NOT_PERMITTED', 'INVALID_INPUT', 'UNKNOWN_REFERENCE'];
    expect(ids.filter((id) => !titles.some((title) => title.split(/[ ,]/).includes(id)))).toEqual([]);
  });

  it('a refused step changes nothing', () => {
    const state = programme();
    refused(state, step('confirmCommitment', {}));
    expect(state.version).toBe(1);
  });
});

describe('INVALID_INPUT a step that says nothing sensible', () => {
  it('refuses a step without an actor', () => {
    expect(refused(programme(), { type: 'designateAdministrativeLead' } as Command).ruleId).toBe('INVALID_INPUT');
  });

  it.each(['selfDestruct', 'toString', 'constructor', '__proto__'])('refuses the unknown step type %s', (type) => {
    expect(refused(programme(), { type, actor: LEAD } as unknown as Command).ruleId).toBe('INVALID_INPUT');
  });

  it('accepts a well-formed step', () => {
    expect(
      given(programme(), [step('designateAdministrativeLead', { name: 'J. de Vries' })]).commitment.administrativeLead,
    ).toMatchObject({ name: 'J. de Vries' });
  });

  it('refuses a name that is too long', () => {
    expect(refused(programme(), step('designateAdministrativeLead', { name: 'x'.repeat(201) })).ruleId).toBe(
      'INVALID_INPUT',
    );
  });
});
