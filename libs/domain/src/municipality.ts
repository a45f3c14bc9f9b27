import { err, ok, type Result } from './result';

/** CBS municipality code, e.g. `GM0363` (Amsterdam). */
export type MunicipalityCode = string & { readonly __brand: 'MunicipalityCode' };

export type SchoolHolidayRegion = 'noord' | 'midden' | 'zuid';

export interface MunicipalityCodeError {
  code: 'MALFORMED_MUNICIPALITY_CODE';
  input: string;
}

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** Accepts `GM0363` and the lenient forms `gm0363` and ` GM0363 `; nothing else. */
export function parseMunicipalityCode(input: string): Result<MunicipalityCode, MunicipalityCodeError> {
  const candidate = input.trim().toUpperCase();
  if (!MUNICIPALITY_CODE.test(candidate)) {
    return err({ code: 'MALFORMED_MUNICIPALITY_CODE', input });
  }
  return ok(candidate as MunicipalityCode);
}

/**
 * Workflow id of a municipality's n-th programme. The business key in the id lets Temporal
 * refuse a second concurrent start of the same programme atomically.
 */
export function programmeWorkflowId(code: MunicipalityCode, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new Error(`programme sequence must be a positive integer, got ${sequence}`);
  }
  return `programme-${code}-${sequence}`;
}
