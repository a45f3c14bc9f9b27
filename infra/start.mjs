// Local launcher behind `npm start`: the Temporal dev server (unless TEMPORAL_ADDRESS points
// elsewhere), migrations, the worker and the API, stopped together and in order on Ctrl-C or
// SIGTERM. Children run in their own process groups so a terminal Ctrl-C reaches only this
// launcher, which then stops the API and worker before the Temporal server they depend on.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const dataDir = resolve(root, env.OLIEVLEK_DATA_DIR ?? '.data');
const host = '127.0.0.1';
const apiPort = Number(env.PORT ?? 3000);
// Where the API serves /metrics (apps/api/src/config.ts): its own loopback listener at PORT + 1 by default.
const metricsUrl =
  env.METRICS_ON_API_PORT === 'true'
    ? `http://${host}:${apiPort}/metrics`
    : `http://${env.METRICS_HOST || host}:${env.METRICS_PORT || apiPort + 1}/metrics`;
const temporalPort = Number(env.OLIEVLEK_TEMPORAL_PORT ?? 7233);
const uiPort = Number(env.OLIEVLEK_TEMPORAL_UI_PORT ?? 8233);
const namespace = env.TEMPORAL_NAMESPACE ?? 'default';
const embeddedTemporal = !env.TEMPORAL_ADDRESS;
const temporalAddress = env.TEMPORAL_ADDRESS ?? `${host}:${temporalPort}`;
const databaseUrl = env.DATABASE_URL ?? join(dataDir, 'olievlek.sqlite');

mkdirSync(dataDir, { recursive: true });

const children = [];
let stopping = false;

function say(message) {
  process.stdout.write(`[olievlek] ${message}\n`);
}

// In a terminal the children log readable lines (they inherit it; LOG_FORMAT overrides) and the
// ready block is set off in bold, so it does not drown in their start-up lines.
const colour = process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
const bold = (text) => (colour ? `\x1b[1m${text}\x1b[22m` : text);
const green = (text) => (colour ? `\x1b[32m${text}\x1b[39m` : text);

function start(name, command, args, extraEnv = {}, logFile) {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...env,
      OLIEVLEK_DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      DATABASE_URL: databaseUrl,
      OLIEVLEK_PARENT_PID: String(process.pid),
      ...extraEnv,
    },
    stdio: logFile ? ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')] : ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const entry = {
    name,
    child,
    exited: new Promise((res) => child.once('exit', (code, signal) => res({ code, signal }))),
  };
  entry.exited.then(({ code, signal }) => {
    if (!stopping && entry.longRunning) {
      say(`${name} stopped unexpectedly (code ${code}, signal ${signal}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push(entry);
  return entry;
}

async function stopChild(entry, graceMs) {
  const { child } = entry;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    say(`${entry.name} did not stop within ${graceMs / 1000}s; killing it`);
    child.kill('SIGKILL');
  }, graceMs);
  await entry.exited;
  clearTimeout(timer);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping...');
  const apps = children.filter((c) => c.name !== 'temporal');
  await Promise.all(apps.map((c) => stopChild(c, 15000)));
  const temporal = children.find((c) => c.name === 'temporal');
  if (temporal) await stopChild(temporal, 10000);
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function portOpen(port) {
  return new Promise((res) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      res(true);
    });
    socket.once('error', () => res(false));
  });
}

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`${what} did not come up within ${timeoutMs / 1000}s`);
  await shutdown(1);
}

async function healthy() {
  try {
    const res = await fetch(`http://${host}:${apiPort}/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

// The custom search attributes from their one list in libs/contracts, compiled to dist/ by
// infra/start.sh before this launcher runs.
function searchAttributeFlags() {
  const require = createRequire(import.meta.url);
  return require('../dist/libs/contracts/src/search-attributes.js').devServerSearchAttributeFlags();
}

function temporalCli(cli, args) {
  return new Promise((res) => {
    execFile(cli, args, { timeout: 15000 }, (error, stdout, stderr) =>
      res({ ok: !error, output: `${stdout}${stderr}`.trim() }),
    );
  });
}

// start-dev registers its --search-attribute flags only when it creates the namespace, i.e. in a
// fresh history file; in an existing one an attribute added later would be missing, silently.
// `operator search-attribute create` adds what is missing and accepts what exists with the same
// type, so it runs on every start; it refuses an attribute that exists with another type.
async function ensureSearchAttributes(cli, flags) {
  const pairs = [];
  for (let i = 1; i < flags.length; i += 2) {
    const [name, type] = flags[i].split('=');
    pairs.push('--name', name, '--type', type);
  }
  const args = [
    'operator',
    'search-attribute',
    'create',
    '--address',
    temporalAddress,
    '--namespace',
    namespace,
    '--command-timeout',
    '10s',
    ...pairs,
  ];
  const deadline = Date.now() + 30000;
  for (;;) {
    const { ok, output } = await temporalCli(cli, args);
    if (ok) return true;
    // The port answers a moment before the namespace does; anything else is final.
    if (/different type/.test(output) || Date.now() > deadline) {
      say(`registering search attributes failed: ${output}`);
      return false;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  if (embeddedTemporal) {
    const cli = env.OLIEVLEK_TEMPORAL_CLI;
    if (!cli || !isAbsolute(cli))
      throw new Error('OLIEVLEK_TEMPORAL_CLI must be the absolute path of the temporal binary');
    if (await portOpen(temporalPort)) {
      throw new Error(`port ${temporalPort} is already in use; stop that process or set OLIEVLEK_TEMPORAL_PORT`);
    }
    const temporalLog = join(dataDir, 'temporal.log');
    const saFlags = searchAttributeFlags();
    say(
      `starting Temporal dev server on ${temporalAddress} (history in ${join(dataDir, 'temporal.db')}, log in ${temporalLog})`,
    );
    const temporal = start(
      'temporal',
      cli,
      [
        'server',
        'start-dev',
        '--db-filename',
        join(dataDir, 'temporal.db'),
        '--ip',
        host,
        '--port',
        String(temporalPort),
        '--ui-ip',
        host,
        '--ui-port',
        String(uiPort),
        ...(namespace === 'default' ? [] : ['--namespace', namespace]),
        '--log-format',
        'json',
        '--log-level',
        'warn',
        // No call home: the version check would reach out to the internet.
        '--dynamic-config-value',
        'frontend.enableServerVersionCheck=false',
        ...saFlags,
      ],
      { TEMPORAL_VERSION_CHECK_DISABLED: '1' },
      temporalLog,
    );
    temporal.longRunning = true;
    await waitFor('Temporal', () => portOpen(temporalPort), 60000);
    if (stopping) return;
    if (!(await ensureSearchAttributes(cli, saFlags))) return shutdown(1);
  }

  const migration = start('migrate', process.execPath, ['dist/libs/persistence/src/migrate.js']);
  const { code } = await migration.exited;
  if (code !== 0) {
    say('database migration failed');
    return shutdown(1);
  }

  start('worker', process.execPath, ['dist/apps/worker/src/main.js']).longRunning = true;
  start('api', process.execPath, ['dist/apps/api/src/main.js'], { PORT: String(apiPort), HOST: host }).longRunning =
    true;
  await waitFor('the API', healthy, 90000);
  if (stopping) return;

  // One write, so no child's log line lands inside the block.
  const block = [
    '',
    bold(green('ready:')),
    bold(
      `  GraphQL      http://${host}:${apiPort}/graphql${env.GRAPHQL_IDE === 'false' ? '' : `  (IDE: http://${host}:${apiPort}/graphiql)`}`,
    ),
    bold(`  Dashboard    http://${host}:${apiPort}/dashboard`) +
      '  (log in with: npm run --silent token -- --role KWARTIERMAKER)',
    bold(`  Health       http://${host}:${apiPort}/health`),
    bold(`  Metrics      ${metricsUrl}`),
    embeddedTemporal
      ? bold(`  Temporal UI  http://${host}:${uiPort}/namespaces/${namespace}/workflows`) +
        '  (CLI: npm run temporal -- workflow list)'
      : bold(`  Temporal     ${temporalAddress} (namespace ${namespace})`),
    bold(`  Data         ${dataDir}`),
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(block.map((line) => (line ? `[olievlek] ${line}` : '')).join('\n') + '\n');
}

main().catch((error) => {
  say(`failed: ${error.message}`);
  void shutdown(1);
});
