import { readReferenceCsv } from '../../libs/persistence/src';

/**
 * The first `count` municipality codes of the reference data, in code order (GM0014, GM0034, …):
 * real municipalities for tests that need many programmes, without a hand-kept list.
 */
export function municipalityCodes(count: number): string[] {
  const codes = readReferenceCsv('municipalities.csv')
    .map((row) => row.code)
    .filter((code): code is string => code !== undefined)
    .sort();
  if (count > codes.length) throw new Error(`the reference data holds ${codes.length} municipalities, not ${count}`);
  return codes.slice(0, count);
}
