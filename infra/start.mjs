// Local launcher behind `npm start`: the Temporal dev server (unless TEMPORAL_ADDRESS points
// elsewhere), Keycloak as the identity provider (unless OLIEVLEK_IDP=none or AUTH_JWKS_URL names
// another one), Mailpit as the mail server with its inbox (unless MAIL_SMTP_URL names another),
// migrations, the worker and the API, stopped together and in order on Ctrl-C or SIGTERM. Children
// run in their own process groups so a terminal Ctrl-C reaches only this launcher, which then
// stops the API and worker before the servers they depend on. Keycloak is the slowest to start (a
// JVM), so it starts first, beside the build (of infra/start.sh), Temporal and Mailpit, and the API
// does not wait for it: its sign-in finds the provider when first used.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  keepKeycloakBuild,
  keycloakEnv,
  keycloakIssuer,
  keycloakReady,
  prepareKeycloakHome,
  REALM_FILE,
  repoRealm,
} from './keycloak-dev.mjs';

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
// From infra/start.sh's first line when it ran (installs and builds included), else from here.
const startedAt = Number(env.OLIEVLEK_START_MS) || Date.now();
const publicUrl = env.PUBLIC_URL || `http://${host}:${apiPort}`;

// Keycloak in dev mode, unless switched off or another identity provider is configured.
const embeddedIdp = env.OLIEVLEK_IDP !== 'none' && !env.AUTH_JWKS_URL;
const keycloakPort = Number(env.OLIEVLEK_KEYCLOAK_PORT ?? 8180);
const keycloakDir = join(dataDir, 'keycloak');
const realmIssuer = keycloakIssuer(keycloakPort);
// Mailpit, unless another SMTP server is configured.
const embeddedMail = !env.MAIL_SMTP_URL;
const smtpPort = Number(env.OLIEVLEK_MAILPIT_SMTP_PORT ?? 1025);
const inboxPort = Number(env.OLIEVLEK_MAILPIT_UI_PORT ?? 8025);
const smtpUrl = env.MAIL_SMTP_URL ?? `smtp://${host}:${smtpPort}`;
const inboxUrl = `http://${host}:${inboxPort}`;

mkdirSync(dataDir, { recursive: true });

const children = [];
let stopping = false;

function say(message) {
  process.stdout.write(`[olievlek] ${message}\n`);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// In a terminal the children log readable lines (they inherit it; LOG_FORMAT overrides) and the
// ready block is set off in bold, so it does not drown in their start-up lines.
const colour = process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
const bold = (text) => (colour ? `\x1b[1m${text}\x1b[22m` : text);
const green = (text) => (colour ? `\x1b[32m${text}\x1b[39m` : text);

function start(name, command, args, extraEnv = {}, logFile, cwd = root) {
  const child = spawn(command, args, {
    cwd,
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

// To the whole process group: kc.sh runs Keycloak's JVM as its own child.
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(entry, graceMs) {
  const { child } = entry;
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => {
    say(`${entry.name} did not stop within ${graceMs / 1000}s; killing it`);
    signalGroup(child, 'SIGKILL');
  }, graceMs);
  await entry.exited;
  clearTimeout(timer);
}

// The servers the API and the worker depend on; stopped after them.
const SERVERS = new Set(['temporal', 'keycloak', 'mailpit']);

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping...');
  await Promise.all(children.filter((c) => !SERVERS.has(c.name)).map((c) => stopChild(c, 15000)));
  await Promise.all(
    children.filter((c) => SERVERS.has(c.name)).map((c) => stopChild(c, c.name === 'keycloak' ? 20000 : 10000)),
  );
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

async function refuseTakenPort(port, what, variable) {
  if (await portOpen(port)) {
    throw new Error(`port ${port} (${what}) is already in use; stop that process or set ${variable}`);
  }
}

/** Resolves once `check` passes; false (after stopping everything) when it did not within the time. */
async function waitFor(what, check, timeoutMs, hint = '') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return false;
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`${what} did not come up within ${timeoutMs / 1000}s${hint}`);
  await shutdown(1);
  return false;
}

async function healthy() {
  try {
    const res = await fetch(`http://${host}:${apiPort}/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

async function mailpitReady() {
  try {
    return (await fetch(`${inboxUrl}/readyz`, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

/** A tool's path: from the environment when infra/start.sh resolved it, else from its ensure script. */
function tool(variable, script) {
  if (!env[variable]) {
    env[variable] = execFileSync('bash', [join(root, 'infra', script)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
  return env[variable];
}

// The master realm's first administrator, made with Keycloak's database; its password is kept
// beside it so it survives restarts (and a database made afresh gets the same one).
function keycloakAdminPassword() {
  const file = join(keycloakDir, 'admin-password');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** The realm's people, for the ready block: `username (what the token says)`. */
function demoPeople() {
  const realm = JSON.parse(readFileSync(REALM_FILE, 'utf8'));
  return (realm.users ?? []).map((u) => {
    const a = u.attributes ?? {};
    const scope = [...(a.municipalities ?? []), ...(a.programmes ?? [])].join(', ');
    return a.role ? `${u.username} (${a.role[0]}${scope ? ` ${scope}` : ''})` : u.username;
  });
}

/** Starts Keycloak; answers its distribution. */
function startKeycloak() {
  const dist = tool('OLIEVLEK_KEYCLOAK_HOME', 'ensure-keycloak.sh');
  mkdirSync(keycloakDir, { recursive: true });
  const fresh = prepareKeycloakHome(dist, keycloakDir, [repoRealm()]);
  const log = join(dataDir, 'keycloak.log');
  say(
    `starting Keycloak on http://${host}:${keycloakPort} (realm ${fresh ? 'changed: imported afresh' : 'from infra/keycloak'}, data in ${keycloakDir}, log in ${log})`,
  );
  const kc = start(
    'keycloak',
    join(keycloakDir, 'bin', 'kc.sh'),
    ['start-dev', '--import-realm'],
    keycloakEnv({ dist, port: keycloakPort, admin: { username: 'admin', password: keycloakAdminPassword() } }),
    log,
    keycloakDir,
  );
  kc.longRunning = true;
  return dist;
}

function startMailpit() {
  const bin = tool('OLIEVLEK_MAILPIT_BIN', 'ensure-mailpit.sh');
  const dir = join(dataDir, 'mailpit');
  mkdirSync(dir, { recursive: true });
  const log = join(dataDir, 'mailpit.log');
  say(`starting Mailpit: SMTP ${host}:${smtpPort}, inbox ${inboxUrl} (messages in ${dir}, log in ${log})`);
  const mp = start(
    'mailpit',
    bin,
    [
      '--smtp',
      `${host}:${smtpPort}`,
      '--listen',
      `${host}:${inboxPort}`,
      '--database',
      join(dir, 'mailpit.db'),
      // No call home, no DNS lookups of senders.
      '--disable-version-check',
      '--smtp-disable-rdns',
    ],
    {},
    log,
  );
  mp.longRunning = true;
}

/** infra/lib.sh's ensure_build: compiles and bundles what is stale; false when that failed. */
function build() {
  return new Promise((res) => {
    const child = spawn('bash', ['-c', 'set -euo pipefail; . infra/lib.sh; ensure_build'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', () => res(false));
    child.once('exit', (code) => res(code === 0));
  });
}

/** Milliseconds from `since` until `ready` resolved true; undefined when it did not. */
const timed = (ready, since) => ready.then((ok) => (ok ? Date.now() - since : undefined));

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
  // Every port first: nothing is started when one is taken.
  if (embeddedTemporal) await refuseTakenPort(temporalPort, 'Temporal', 'OLIEVLEK_TEMPORAL_PORT');
  if (embeddedIdp) await refuseTakenPort(keycloakPort, 'Keycloak', 'OLIEVLEK_KEYCLOAK_PORT');
  if (embeddedMail) {
    await refuseTakenPort(smtpPort, 'Mailpit SMTP', 'OLIEVLEK_MAILPIT_SMTP_PORT');
    await refuseTakenPort(inboxPort, 'Mailpit inbox', 'OLIEVLEK_MAILPIT_UI_PORT');
  }

  // The JVM first: it takes longest, and two cores are enough to start the rest beside it.
  let keycloakUp = Promise.resolve(undefined);
  if (embeddedIdp) {
    const since = Date.now();
    const dist = startKeycloak();
    const ready = waitFor(
      'Keycloak',
      () => keycloakReady(keycloakPort),
      300000,
      ` (see ${join(dataDir, 'keycloak.log')})`,
    );
    keycloakUp = timed(ready, since);
    void ready.then((ok) => ok && keepKeycloakBuild(dist, keycloakDir));
  }
  let mailpitUp = Promise.resolve(undefined);
  if (embeddedMail) {
    const since = Date.now();
    startMailpit();
    mailpitUp = timed(waitFor('Mailpit', mailpitReady, 30000, ` (see ${join(dataDir, 'mailpit.log')})`), since);
  }

  // infra/start.sh leaves the build to here, so that it overlaps Keycloak's start.
  if (env.OLIEVLEK_BUILD === '1' && !(await build())) {
    say('building failed');
    return shutdown(1);
  }
  if (stopping) return;

  if (embeddedTemporal) {
    const cli = env.OLIEVLEK_TEMPORAL_CLI;
    if (!cli || !isAbsolute(cli))
      throw new Error('OLIEVLEK_TEMPORAL_CLI must be the absolute path of the temporal binary');
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
        // The UI decodes the payloads the product compressed through the API (codec.route.ts).
        '--ui-codec-endpoint',
        `http://${host}:${apiPort}/temporal-codec`,
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
    if (!(await waitFor('Temporal', () => portOpen(temporalPort), 60000))) return;
    if (!(await ensureSearchAttributes(cli, saFlags))) return shutdown(1);
  }

  const migration = start('migrate', process.execPath, ['dist/libs/persistence/src/migrate.js']);
  const { code } = await migration.exited;
  if (code !== 0) {
    say('database migration failed');
    return shutdown(1);
  }

  // What the API and the worker are told about the identity provider and the mail server.
  const idpEnv = embeddedIdp
    ? {
        AUTH_JWKS_URL: `${realmIssuer}/protocol/openid-connect/certs`,
        AUTH_ISSUER: realmIssuer,
        AUTH_AUDIENCE: 'olievlek-api',
        OIDC_ISSUER_URL: realmIssuer,
        OIDC_CLIENT_ID: 'olievlek-web',
        PUBLIC_URL: publicUrl,
      }
    : {};
  const mailEnv = { MAIL_SMTP_URL: smtpUrl, MAIL_FROM: env.MAIL_FROM ?? 'Olievlek <noreply@olievlek.local>' };

  const appsSince = Date.now();
  // Escalation e-mail links to the API's pages; with the embedded Mailpit, level 3 lands in its inbox too.
  const escalationMailEnv = {
    PUBLIC_URL: publicUrl,
    ...(embeddedMail && !env.NATIONAL_ESCALATION_EMAIL
      ? { NATIONAL_ESCALATION_EMAIL: 'kwartiermakers@olievlek.local' }
      : {}),
  };
  start('worker', process.execPath, ['dist/apps/worker/src/main.js'], {
    ...mailEnv,
    ...escalationMailEnv,
  }).longRunning = true;
  start('api', process.execPath, ['dist/apps/api/src/main.js'], {
    PORT: String(apiPort),
    HOST: host,
    ...(embeddedTemporal ? { TEMPORAL_UI_ORIGINS: `http://${host}:${uiPort},http://localhost:${uiPort}` } : {}),
    ...idpEnv,
    ...mailEnv,
  }).longRunning = true;
  const [apiMs, keycloakMs, mailpitMs] = await Promise.all([
    timed(waitFor('the API', healthy, 90000), appsSince),
    keycloakUp,
    mailpitUp,
  ]);
  if (stopping || apiMs === undefined) return;
  if (embeddedIdp && keycloakMs === undefined) return;
  if (embeddedMail && mailpitMs === undefined) return;

  const readyMs = Date.now() - startedAt;
  const took = [
    `API ${seconds(apiMs)}`,
    ...(embeddedIdp ? [`Keycloak ${seconds(keycloakMs)}`] : []),
    ...(embeddedMail ? [`Mailpit ${seconds(mailpitMs)}`] : []),
  ].join(', ');
  const tokenHint = 'npm run --silent token -- --role KWARTIERMAKER';
  const signIn = embeddedIdp || env.OIDC_ISSUER_URL;
  // One write, so no child's log line lands inside the block.
  const block = [
    '',
    bold(green(`ready in ${seconds(readyMs)}`)) + `  (${took} from their own start)`,
    ...(signIn ? [bold(`  Sign in      ${publicUrl}/auth/login`) + '  (the demo people below)'] : []),
    bold(
      `  GraphQL      http://${host}:${apiPort}/graphql${env.GRAPHQL_IDE === 'false' ? '' : `  (IDE: http://${host}:${apiPort}/graphiql)`}`,
    ),
    bold(`  Workspace    http://${host}:${apiPort}/`) + (signIn ? '  (sign in as one of the demo people below)' : ''),
    bold(`  National     http://${host}:${apiPort}/landelijk`) + '  (the national view, for kwartiermakers)',
    embeddedMail
      ? bold(`  Mail inbox   ${inboxUrl}`) + `  (SMTP ${host}:${smtpPort})`
      : bold(`  Mail         ${smtpUrl.replace(/\/\/[^@/]*@/, '//')}`),
    embeddedIdp
      ? bold(`  Keycloak     http://${host}:${keycloakPort}/admin/`) +
        `  (user admin, password in ${join(keycloakDir, 'admin-password')})`
      : bold(`  Identity     ${env.AUTH_ISSUER ?? 'none: only local tokens (npm run token)'}`),
    bold(`  Health       http://${host}:${apiPort}/health`),
    bold(`  Metrics      ${metricsUrl}`),
    embeddedTemporal
      ? bold(`  Temporal UI  http://${host}:${uiPort}/namespaces/${namespace}/workflows`) +
        '  (CLI: npm run temporal -- workflow list)'
      : bold(`  Temporal     ${temporalAddress} (namespace ${namespace})`),
    bold(`  Data         ${dataDir}`),
    ...(embeddedIdp
      ? [
          '  Demo sign-ins (password: dev-only-<username>):',
          `    ${demoPeople().join(', ')}`,
          '    after npm run seed:demo each finds work waiting in Mijn taken (README.md, "The demo people")',
          `  Scripts and API clients: ${tokenHint}  (local development issuer)`,
        ]
      : []),
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(block.map((line) => (line ? `[olievlek] ${line}` : '')).join('\n') + '\n');
}

main().catch((error) => {
  say(`failed: ${error.message}`);
  void shutdown(1);
});
