import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codeMessages } from './labels';

// Issue 15: every code the API can answer has words in Dutch and English, so a screen never shows
// LEAD_DEPARTED or SIGNALLING. The enums are read from the committed schema, so a new enum (value)
// fails here until it has its words.

// The workspace's type-check knows only the browser: Node's file reading is typed here.
interface NodeFs {
  readFileSync(this: void, path: URL, encoding: 'utf8'): string;
}
const { readFileSync } = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): NodeFs } }
).process.getBuiltinModule('node:fs');
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
const enums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((t) => !t.name.startsWith('__'));

describe('codeMessages: words for every enum value of apps/api/schema.graphql', () => {
  it('finds the enums of the schema', () => {
    expect(enums.map((e) => e.name)).toEqual(expect.arrayContaining(['ProgrammePhase', 'RiskFlag', 'Theme']));
  });

  for (const type of enums) {
    it(`${type.name}: every value has a Dutch and an English label that is not the code`, () => {
      const missing: string[] = [];
      for (const { name } of type.getValues()) {
        for (const language of ['nl', 'en'] as const) {
          const label = codeMessages[language][`${type.name}.${name}`];
          if (!label?.trim() || label === name || /^[A-Z][A-Z_]+$/.test(label)) missing.push(`${language} ${name}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('uses the domain’s words, shown on their own with a capital', () => {
    expect(codeMessages.nl['PartnerDomain.CARE']).toBe('Zorg');
    expect(codeMessages.nl['ActionStatus.DONE']).toBe('Afgerond');
    expect(codeMessages.nl['SupportLevel.MANAGEMENT']).toBe('Management/bestuurlijk');
    expect(codeMessages.en['RiskFlag.LEAD_DEPARTED']).toBe('Project lead departed');
    expect(codeMessages.nl['SchoolHolidayRegion.NOORD']).toBe('Regio noord');
    // Codes answered as plain strings.
    expect(codeMessages.nl['EscalationLevelName.ADMINISTRATIVE']).toBe('Bestuurlijke escalatie');
    expect(codeMessages.en['Step.TRAINING']).toBe('Training track');
  });
});
