// `npm run --silent reference:apply-mergers` (infra/reference-apply-mergers.sh): after a migration
// loaded a new reference year, moves every running programme of a merged municipality to its
// successor (docs/operations.md "Loading a new reference year"). Reads the database `npm start`
// uses (DATABASE_URL, else <data folder>/olievlek.sqlite) and Temporal from the TEMPORAL_* variables.
// Safe to run again: each programme is moved once. Exit 1 when a workflow refused a merger.
import { Client, Connection } from '@temporalio/client';
import { openDataSource } from '../../../../libs/persistence/src';
import {
  databaseUrl,
  loadTemporalConnectionConfig,
  temporalConnectionOptions,
  temporalDataConverter,
} from '../../../../libs/platform/src';
import { applyMergers } from './apply-mergers';

async function main(): Promise<void> {
  const dataSource = await openDataSource({ url: databaseUrl(process.env) });
  const temporal = loadTemporalConnectionConfig(process.env);
  // Lazy: a run with nothing to move needs no Temporal.
  const connection = Connection.lazy(temporalConnectionOptions(temporal));
  try {
    const client = new Client({ connection, namespace: temporal.namespace, dataConverter: temporalDataConverter });
    const outcomes = await applyMergers(dataSource, client, Date.now());
    for (const o of outcomes) {
      process.stdout.write(
        `${o.result.padEnd(13)} ${o.programmeId}: ${o.formerCode} → ${o.successorCode}${o.message ? ` (${o.message})` : ''}\n`,
      );
    }
    process.stdout.write(`reference:apply-mergers: ${outcomes.length} programme(s) of merged municipalities\n`);
    if (outcomes.some((o) => o.result === 'REFUSED')) process.exitCode = 1;
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reference:apply-mergers: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
