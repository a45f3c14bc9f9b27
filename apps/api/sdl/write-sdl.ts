// `npm run schema` (first step): writes apps/api/schema.graphql from the code-first resolvers.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildSchemaSdl, SCHEMA_FILE } from './build-sdl';

async function main(): Promise<void> {
  const sdl = await buildSchemaSdl();
  let current: string | undefined;
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  const name = relative(process.cwd(), SCHEMA_FILE);
  if (current === sdl) {
    process.stderr.write(`[schema] ${name} is up to date\n`);
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stderr.write(`[schema] wrote ${name}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
