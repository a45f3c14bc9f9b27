import { migrate, openDataSource } from './data-source';

// `node dist/libs/persistence/src/migrate.js`: applies pending migrations to DATABASE_URL, then
// exits. `npm start` runs it before the worker and the API; in production it is a release step.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const dataSource = await openDataSource({ url });
  try {
    const ran = await migrate(dataSource);
    process.stdout.write(
      `${JSON.stringify({ level: 'info', msg: 'migrations applied', migrations: ran, time: new Date().toISOString() })}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'migration failed', error: String(error) })}\n`);
  process.exit(1);
});
