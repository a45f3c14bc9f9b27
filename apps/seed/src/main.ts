// `npm run seed:demo` (infra/seed-demo.sh): demo programmes through the running API. Exit 0 when
// every planned programme is where the plan says, 1 when some could not be seeded, 2 when it cannot
// run at all (API not running, token refused, bad settings).
import { existsSync } from 'node:fs';
import { databaseKind } from '../../../libs/persistence/src';
import { databaseUrl, loadAuthConfig, signHs256Token } from '../../../libs/platform/src';
import { loadSeedConfig, parseSeedArgs, SEED_USAGE } from './config';
import { createGraphqlClient } from './graphql-client';
import { PING } from './operations';
import { ApiUnreachableError, GraphqlRequestError, SeedDemoError, seedDemo } from './seed-demo';

function refuse(message: string): never {
  process.stderr.write(`seed:demo: ${message.replace(/\n/g, '\nseed:demo: ')}\n`);
  process.exit(2);
}

function configError(error: unknown): never {
  if (error instanceof Error && error.message.startsWith('invalid configuration')) refuse(error.message);
  throw error;
}

const notRunning = (url: string, reason: string) =>
  `de API draait niet op ${url} (${reason}). Start hem met npm start (in een tweede terminal) en probeer het opnieuw.\n` +
  `the API is not running at ${url} (${reason}). Start it with npm start (in a second terminal) and try again.`;

/** The role claim of a JWT, unverified (the API verifies it): only to say early that it will not do. */
function roleOf(token: string): unknown {
  try {
    return (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { role?: unknown })
      .role;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.kind === 'help') {
    process.stdout.write(SEED_USAGE);
    return;
  }
  if (args.kind === 'refused') refuse(`${args.message}\n(npm run seed:demo -- --help)`);
  let config;
  try {
    config = loadSeedConfig(process.env);
  } catch (error) {
    configError(error);
  }

  // First make sure something answers, before reading (or creating) the data folder's secret.
  try {
    await createGraphqlClient(config.graphqlUrl).request(PING, {}, config.token ?? 'none');
  } catch (error) {
    if (error instanceof ApiUnreachableError) refuse(notRunning(config.graphqlUrl, error.reason));
    // Any GraphQL answer (UNAUTHENTICATED without a token) means the API is up.
    if (!(error instanceof GraphqlRequestError)) throw error;
  }

  if (config.token && roleOf(config.token) !== 'KWARTIERMAKER') {
    refuse('OLIEVLEK_TOKEN moet een KWARTIERMAKER-token zijn.\nOLIEVLEK_TOKEN must be a KWARTIERMAKER token.');
  }

  let auth;
  try {
    auth = loadAuthConfig(process.env);
  } catch (error) {
    configError(error);
  }
  const local = auth.local;
  if (!local) {
    refuse(
      'de lokale ontwikkeluitgever staat uit (NODE_ENV=production of AUTH_LOCAL_ISSUER=false): de seed zet stappen namens elke gemeente en heeft daarvoor zijn tokens nodig.\n' +
        'the local development issuer is off (NODE_ENV=production or AUTH_LOCAL_ISSUER=false): the seed takes steps as each municipality and needs its tokens for that.',
    );
  }
  // P1: the demo people get their roles in the directory of the database npm start uses.
  const database = databaseUrl(process.env);
  if (databaseKind(database) === 'sqlite' && !existsSync(database)) {
    refuse(
      `er is geen database op ${database}: gebruik dezelfde datamap als npm start (OLIEVLEK_DATA_DIR) of zet DATABASE_URL.\n` +
        `there is no database at ${database}: use the same data folder as npm start (OLIEVLEK_DATA_DIR) or set DATABASE_URL.`,
    );
  }
  const token =
    config.token ??
    (await signHs256Token(
      local.secret,
      { sub: 'seed-demo', role: 'KWARTIERMAKER' },
      { issuer: local.issuer, audience: local.audience, expiresInSeconds: 3600 },
    ));

  try {
    await seedDemo({
      graphqlUrl: config.graphqlUrl,
      token,
      municipalityTokens: { secret: local.secret, issuer: local.issuer, audience: local.audience },
      databaseUrl: database,
      ...(config.realmIssuer ? { realmIssuer: config.realmIssuer } : {}),
      ...(args.only !== undefined ? { only: args.only } : {}),
      ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
    });
  } catch (error) {
    if (error instanceof ApiUnreachableError) refuse(notRunning(config.graphqlUrl, error.reason));
    if (error instanceof GraphqlRequestError && error.code === 'UNAUTHENTICATED') {
      refuse(
        `de API weigert het token (${error.message}). Gebruik dezelfde datamap als npm start (OLIEVLEK_DATA_DIR) of zet OLIEVLEK_TOKEN.\n` +
          `the API refuses the token. Use the same data folder as npm start (OLIEVLEK_DATA_DIR) or set OLIEVLEK_TOKEN.`,
      );
    }
    if (error instanceof SeedDemoError) process.exit(1);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:demo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
