// Keycloak in dev mode on loopback, shared by `npm start` (infra/start.mjs) and the tests
// (test/support/keycloak.ts): how a home of its own is laid out over the cached distribution from
// infra/ensure-keycloak.sh, the environment it runs with, and when it is ready.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The development realm: clients, service accounts and demo people (dev-only secrets). */
export const REALM_FILE = resolve(dirname(fileURLToPath(import.meta.url)), 'keycloak', 'olievlek-realm.json');
export const REALM = 'olievlek';

// Linked to the distribution: read-only at run time. lib/quarkus is not among them: start-dev
// rebuilds it (Quarkus augmentation), so each home has its own copy and two Keycloaks started at
// once (npm start beside the tests) never write the same files.
const SHARED = ['conf', 'providers', 'themes', 'version.txt', 'lib/lib', 'lib/app'];

function link(target, path) {
  try {
    if (readlinkSync(path) === target) return;
    rmSync(path, { force: true });
  } catch {
    // not there yet
  }
  symlinkSync(target, path);
}

// start-dev's first start in a home rebuilds Keycloak for its build options (dev profile, health
// on or off) and then starts it again, which nearly doubles that start. The result is kept beside
// the distribution in the cache, one per set of options, and new homes start from it.
function buildCache(dist, managementPort) {
  return `${dist}.builds/${managementPort ? 'dev-health' : 'dev'}`;
}

/** After a start: keeps the home's build for the next new home with the same options, once. */
export function keepKeycloakBuild(dist, home, managementPort) {
  const cache = buildCache(dist, managementPort);
  if (existsSync(cache)) return;
  mkdirSync(dirname(cache), { recursive: true });
  const tmp = `${cache}.${process.pid}.tmp`;
  try {
    cpSync(join(home, 'lib', 'quarkus'), tmp, { recursive: true });
    renameSync(tmp, cache);
  } catch {
    // Another start kept its build first, or the cache is read-only: the next one rebuilds.
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Lays out `home` to run `dist`'s Keycloak with its own `data/` (the H2 database) and imports the
 * given realms (`[{ name, json }]`) from `data/import` at start. A home that exists is reused, so a
 * restart skips the database set-up and the import; when the realms' text changed since the
 * database was made, the database is removed and they are imported afresh (the dev realm lives in
 * the repo, not in the database). `managementPort`, as given to {@link keycloakEnv}, chooses the
 * kept build. Answers whether a database was removed.
 */
export function prepareKeycloakHome(dist, home, realms, managementPort) {
  mkdirSync(join(home, 'bin'), { recursive: true });
  mkdirSync(join(home, 'lib'), { recursive: true });
  // kc.sh finds its home through its own resolved path, so it is copied, like the launcher jar
  // whose manifest names its neighbours relative to itself.
  copyFileSync(join(dist, 'bin', 'kc.sh'), join(home, 'bin', 'kc.sh'));
  copyFileSync(join(dist, 'lib', 'quarkus-run.jar'), join(home, 'lib', 'quarkus-run.jar'));
  for (const entry of SHARED) link(join(dist, entry), join(home, entry));
  const quarkus = join(home, 'lib', 'quarkus');
  const versionFile = join(home, 'lib', 'quarkus.from');
  if (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== dist) {
    rmSync(quarkus, { recursive: true, force: true });
    const built = buildCache(dist, managementPort);
    cpSync(existsSync(built) ? built : join(dist, 'lib', 'quarkus'), quarkus, { recursive: true });
    writeFileSync(versionFile, dist);
  }

  const importDir = join(home, 'data', 'import');
  rmSync(importDir, { recursive: true, force: true });
  mkdirSync(importDir, { recursive: true });
  const digest = createHash('sha256');
  for (const { name, json } of realms) {
    writeFileSync(join(importDir, `${name}-realm.json`), json);
    digest.update(name).update('\0').update(json).update('\0');
  }
  const digestFile = join(home, 'data', 'realms.sha256');
  const wanted = digest.digest('hex');
  const had = existsSync(digestFile) ? readFileSync(digestFile, 'utf8') : undefined;
  const database = join(home, 'data', 'h2');
  const reset = had !== wanted && existsSync(database);
  if (had !== wanted) rmSync(database, { recursive: true, force: true });
  writeFileSync(digestFile, wanted);
  return reset;
}

/** The repo's realm, for {@link prepareKeycloakHome}. */
export function repoRealm() {
  return { name: REALM, json: readFileSync(REALM_FILE, 'utf8') };
}

/**
 * The environment of `kc.sh start-dev --import-realm` on 127.0.0.1:`port`. Its URLs (the issuer
 * among them) always name 127.0.0.1:`port`, however it is reached. `managementPort` turns on
 * /health there; `admin` creates the master realm's first administrator (only when that realm is
 * created, i.e. with a new database).
 */
export function keycloakEnv({ dist, port, managementPort, admin }) {
  const javaHomeFile = join(dist, 'java-home');
  return {
    ...(existsSync(javaHomeFile) ? { JAVA_HOME: readFileSync(javaHomeFile, 'utf8').trim() } : {}),
    KC_HTTP_HOST: '127.0.0.1',
    KC_HTTP_PORT: String(port),
    KC_HOSTNAME: `http://127.0.0.1:${port}`,
    ...(managementPort
      ? { KC_HEALTH_ENABLED: 'true', KC_HTTP_MANAGEMENT_PORT: String(managementPort) }
      : { KC_HEALTH_ENABLED: 'false', KC_METRICS_ENABLED: 'false' }),
    ...(admin ? { KC_BOOTSTRAP_ADMIN_USERNAME: admin.username, KC_BOOTSTRAP_ADMIN_PASSWORD: admin.password } : {}),
    KC_LOG_LEVEL: 'warn',
    // Two cores shared with Temporal and the rest: a small heap, and only the quick JIT compiler
    // (C1), which started it in about two thirds of the time on the reference machine.
    JAVA_OPTS_KC_HEAP: '-XX:MaxRAMPercentage=25 -XX:InitialRAMPercentage=5',
    JAVA_OPTS_APPEND: '-XX:TieredStopAtLevel=1',
  };
}

/** A realm's issuer (`iss` of its tokens) on a Keycloak at 127.0.0.1:`port`. */
export function keycloakIssuer(port, realm = REALM) {
  return `http://127.0.0.1:${port}/realms/${realm}`;
}

/** Ready when the realm's discovery document answers (the realm is imported by then). */
export async function keycloakReady(port, realm = REALM) {
  try {
    const res = await fetch(`${keycloakIssuer(port, realm)}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5000),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}
