import { describe, expect, it } from 'vitest';
import { count, indicatorValues, oneOf, optionalText, text } from './input';
import { Refusal } from './refusal';

// The shared payload checks: a malformed value is refused as INVALID_INPUT, naming the field.

function refusalOf(check: () => unknown): unknown {
  try {
    check();
  } catch (error) {
    if (error instanceof Refusal) return error.violation;
    throw error;
  }
  return 'ACCEPTED';
}

describe('INVALID_INPUT shared input checks', () => {
  it('text: trimmed, required, at most 500 characters unless said', () => {
    expect(text('  Veilig Thuis ', 'de organisatie')).toBe('Veilig Thuis');
    expect(refusalOf(() => text(' ', 'de organisatie'))).toMatchObject({
      ruleId: 'INVALID_INPUT',
      details: { field: 'de organisatie' },
    });
    expect(refusalOf(() => text(42, 'de organisatie'))).toMatchObject({ ruleId: 'INVALID_INPUT' });
    expect(refusalOf(() => text('x'.repeat(501), 'de omschrijving'))).toMatchObject({ ruleId: 'INVALID_INPUT' });
    expect(refusalOf(() => text('x'.repeat(201), 'de naam', 200))).toMatchObject({ ruleId: 'INVALID_INPUT' });
  });

  it('optionalText: absent or blank is undefined, at most 200 characters unless said', () => {
    expect(optionalText(undefined, 'de naam')).toBeUndefined();
    expect(optionalText(null, 'de naam')).toBeUndefined();
    expect(optionalText('  ', 'de naam')).toBeUndefined();
    expect(optionalText(' Piet ', 'de naam')).toBe('Piet');
    expect(refusalOf(() => optionalText('x'.repeat(201), 'de naam'))).toMatchObject({ ruleId: 'INVALID_INPUT' });
  });

  it('oneOf: only the listed values', () => {
    expect(oneOf('CARE', ['CARE', 'JUSTICE'] as const, 'het domein')).toBe('CARE');
    expect(refusalOf(() => oneOf('care', ['CARE', 'JUSTICE'] as const, 'het domein'))).toMatchObject({
      ruleId: 'INVALID_INPUT',
      details: { field: 'het domein', allowed: ['CARE', 'JUSTICE'] },
    });
  });

  it('count: whole numbers from 0 to a million', () => {
    expect(count(0, 'Het aantal')).toBe(0);
    for (const wrong of [-1, 1.5, 1_000_001, '3', Number.NaN]) {
      expect(refusalOf(() => count(wrong, 'Het aantal'))).toMatchObject({ ruleId: 'INVALID_INPUT' });
    }
  });

  it('indicatorValues: only the counts given', () => {
    expect(indicatorValues({ repeatReports: 3 })).toEqual({ repeatReports: 3 });
    expect(refusalOf(() => indicatorValues({ professionalsTrained: -2 }))).toMatchObject({ ruleId: 'INVALID_INPUT' });
  });
});
