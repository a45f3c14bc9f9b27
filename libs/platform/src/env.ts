import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Settings shared by the API and the worker, read from the environment once at boot (the Temporal
 * connection has its own: temporal-connection.ts).
 */
export const sharedEnvSchema = z.object({
  OLIEVLEK_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Unset: readable lines when stdout is a terminal, JSON otherwise (logger.ts).
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  OLIEVLEK_PARENT_PID: z.coerce.number().int().positive().optional(),
});

export type SharedEnv = z.infer<typeof sharedEnvSchema>;

/** The data folder: `.data/` in the working directory unless OLIEVLEK_DATA_DIR moves it. */
export function dataDir(env: Pick<SharedEnv, 'OLIEVLEK_DATA_DIR'>, cwd = process.cwd()): string {
  const dir = env.OLIEVLEK_DATA_DIR ?? '.data';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** DATABASE_URL, or the embedded default: an SQLite file in the data folder. */
export function databaseUrl(env: Pick<SharedEnv, 'DATABASE_URL' | 'OLIEVLEK_DATA_DIR'>, cwd?: string): string {
  return env.DATABASE_URL ?? join(dataDir(env, cwd), 'olievlek.sqlite');
}

/** Parses with a schema and fails with every problem listed, so a bad setting stops the boot. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
