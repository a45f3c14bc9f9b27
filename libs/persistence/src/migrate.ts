import { migrate, openDataSource } from './data-source';

// `node dist/libs/persistence/src/migrate.js`: applies pending migrations to DATABASE_URL, then
// exits. `npm start` runs it before the worker and the API; in production it is a release step.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const dataSource = await openDataSource({ url });
  try {
    const ran = await migrate(dataSource);
    // LOG_FORMAT as the API and worker read it: unset, a terminal gets a readable line.
    const format = process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
    process.stdout.write(
      format === 'pretty'
        ? `[${new Date().toTimeString().slice(0, 8)}] INFO (olievlek-migrate): ${ran.length ? `migrations applied: ${ran.join(', ')}` : 'database up to date'}\n`
        : `${JSON.stringify({ level: 'info', msg: 'migrations applied', migrations: ran, time: new Date().toISOString() })}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'migration failed', error: String(error) })}\n`);
  process.exit(1);
});
