import type { DataSource, Logger } from 'typeorm';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/**
 * Runs `work` and records every statement TypeORM sends for it, with its parameters: the raw
 * baseline then runs exactly the SQL the read model runs, whatever the read model becomes.
 * Nothing else may use the data source meanwhile.
 */
export async function captureQueries<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; queries: CapturedQuery[] }> {
  const original = dataSource.logger;
  const queries: CapturedQuery[] = [];
  const recording: Logger = Object.assign(Object.create(original) as Logger, {
    logQuery(sql: string, params?: unknown[], ...rest: unknown[]) {
      queries.push({ sql, params: [...(params ?? [])] });
      return (original.logQuery as (...args: unknown[]) => unknown).call(original, sql, params, ...rest);
    },
  });
  dataSource.logger = recording;
  try {
    return { result: await work(), queries };
  } finally {
    dataSource.logger = original;
  }
}
