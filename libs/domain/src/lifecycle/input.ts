import { refuse } from './refusal';

// Input checks shared by the step handlers: a malformed value is refused as INVALID_INPUT.

export const MAX_TEXT = 500;
export const MAX_NAME = 200;

export function text(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') refuse('INVALID_INPUT', `Vul ${field} in.`, { field });
  const trimmed = value.trim();
  if (trimmed.length > max) refuse('INVALID_INPUT', `${field} is te lang (maximaal ${max} tekens).`, { field });
  return trimmed;
}

export function optionalText(value: unknown, field: string, max = MAX_NAME): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return text(value, field, max);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T))
    refuse('INVALID_INPUT', `Onbekende waarde voor ${field}: '${String(value)}'.`, { field, allowed });
  return value as T;
}

export function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000) {
    refuse('INVALID_INPUT', `${field} moet een geheel getal van 0 of meer zijn.`, { field });
  }
  return value;
}

type IndicatorValues = { repeatReports?: number; professionalsTrained?: number; schoolsReached?: number };

/** The optional indicator counts of a check-in or quarterly report. */
export function indicatorValues(c: IndicatorValues): IndicatorValues {
  const values: IndicatorValues = {};
  if (c.repeatReports !== undefined) values.repeatReports = count(c.repeatReports, 'Het aantal hermeldingen');
  if (c.professionalsTrained !== undefined)
    values.professionalsTrained = count(c.professionalsTrained, 'Het aantal getrainde professionals');
  if (c.schoolsReached !== undefined) values.schoolsReached = count(c.schoolsReached, 'Het aantal bereikte scholen');
  return values;
}
