import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Finds `libs/reference-data` from both the TypeScript sources and the compiled `dist/`. */
export function referenceDataPath(file: string): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'libs', 'reference-data', file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`reference data file ${file} not found above ${__dirname}`);
    dir = parent;
  }
}

/** Reads a reference CSV (UTF-8, header row, RFC 4180) into records keyed by column name. */
export function readReferenceCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(referenceDataPath(file), 'utf8'), { columns: true, skip_empty_lines: true });
}
