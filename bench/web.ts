import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createApiApp } from '../apps/api/src/app';
import { sessionCookieName } from '../apps/api/src/auth/oidc/cookies';
import { SessionStore } from '../apps/api/src/auth/oidc/session.store';
import { loadApiConfig } from '../apps/api/src/config';
import { inTransaction, MemberDirectory, readReferenceCsv, SessionEntity } from '../libs/persistence/src';
import { freePort } from '../test/support/free-port';
import { repoRoot } from '../test/support/repo-root';
import type { ProgrammeSlot } from './fixtures/national-dataset';
import { seededDatabase, type SeededDatabase } from './fixtures/seeded-database';
import { row, summarise } from './support/measure';
import type { BenchContext, BenchModule, BenchRow, Latency } from './support/types';

// Issue 15, "Speed": the workspace (apps/web) in headless Chromium on loopback, the API on the
// 10,000-programme read model (SQLite), beside a static page of the same API in the same run; and
// its JavaScript per page, gzipped, against bench/web-budget.json. docs/operations.md, Workspace speed.

const MODULE = 'web';
/** The page counts as rendered once no request is in flight and its DOM has not changed for this long. */
const QUIET_MS = 500;
/** One visit that does not settle in this time fails the module (a page that never finishes is a finding). */
const VISIT_TIMEOUT_MS = 120_000;
/**
 * Rounds: at most this many, but a page leaves the rotation once its visits have taken this long in
 * all (and it has the minimum), so a slow page on a crowded machine cannot hold the run for long.
 */
const ROUNDS = { full: { max: 15, min: 5, pageTimeMs: 240_000 }, quick: { max: 5, min: 3, pageTimeMs: 60_000 } };
const KB = 1024;

/** The bench's person: a kwartiermaker (national view) who is also project lead of three programmes. */
const PERSON = {
  subject: 'bench-kwartiermaker',
  name: 'Bench Kwartiermaker',
  email: 'kwartiermaker@bench.invalid',
};

interface Budget {
  firstPageKbGz: number;
  pageKbGz: number;
}

interface BundleSizes {
  entry: string;
  files: Record<string, { bytes: number; gzip: number }>;
}

/** A page to measure: where, and (in the page) when it shows what it is for. */
interface PageSpec {
  key: string;
  label: string;
  path: string;
  /** A JavaScript expression, true once the page shows its heading and its data (checked at the end). */
  ready: string;
  /** A JavaScript expression whose value the results record (what the page showed). */
  facts?: string;
}

interface Visit {
  /** Navigation start → the last change of the DOM before the page went quiet (ms). */
  rendered: number;
  /** Navigation start → the first `main h1` (ms); undefined when the page has none (the static baseline). */
  heading?: number;
  js: string[];
  otherAssets: string[];
  graphql: number;
  errors: string[];
  facts?: unknown;
}

// Runs in every document before its own scripts: counts fetches in flight (GraphQL, /auth/session,
// the map's topology) and stamps each change of the DOM, so the bench can tell when the page is
// done without knowing its code. performance.now() counts from the navigation's start.
const RECORDER = `(() => {
  if (globalThis.__olievlekBench) return;
  const b = { inFlight: 0, lastFetch: 0, lastMutation: 0, heading: -1 };
  globalThis.__olievlekBench = b;
  const original = globalThis.fetch;
  globalThis.fetch = function (...args) {
    b.inFlight++;
    b.lastFetch = performance.now();
    const done = () => { b.inFlight--; b.lastFetch = performance.now(); };
    const answer = original.apply(this, args);
    answer.then(done, done);
    return answer;
  };
  new MutationObserver(() => {
    const now = performance.now();
    b.lastMutation = now;
    if (b.heading < 0 && document.querySelector('main h1')) b.heading = now;
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

const probe = (spec: PageSpec) => `(() => {
  const b = globalThis.__olievlekBench;
  if (!b || location.pathname !== ${JSON.stringify(spec.path)}) return null;
  let ready = false;
  try { ready = Boolean(${spec.ready}); } catch { ready = false; }
  return { inFlight: b.inFlight, lastFetch: b.lastFetch, lastMutation: b.lastMutation, heading: b.heading, now: performance.now(), ready };
})()`;

interface Probe {
  inFlight: number;
  lastFetch: number;
  lastMutation: number;
  heading: number;
  now: number;
  ready: boolean;
}

/** Opens `spec` in a new tab of `context` and waits until it is rendered and quiet. */
async function visit(context: BrowserContext, origin: string, spec: PageSpec): Promise<Visit> {
  const page = await context.newPage();
  const js: string[] = [];
  const otherAssets: string[] = [];
  const errors: string[] = [];
  let graphql = 0;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    if (url.pathname === '/graphql') graphql++;
    else if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) js.push(url.pathname);
    else if (url.pathname.startsWith('/assets/')) otherAssets.push(url.pathname);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  try {
    await page.goto(`${origin}${spec.path}`, { waitUntil: 'commit', timeout: VISIT_TIMEOUT_MS });
    const deadline = Date.now() + VISIT_TIMEOUT_MS;
    let last: Probe | null = null;
    for (;;) {
      last = (await page.evaluate(probe(spec))) as Probe | null;
      if (
        last &&
        last.ready &&
        last.inFlight === 0 &&
        last.now - Math.max(last.lastMutation, last.lastFetch) >= QUIET_MS
      ) {
        break;
      }
      if (Date.now() > deadline) {
        const shown = (await page.evaluate(
          `(document.querySelector('main') ?? document.body)?.innerText.slice(0, 400) ?? ''`,
        )) as string;
        throw new Error(
          `${spec.path} did not settle with its data within ${VISIT_TIMEOUT_MS} ms (${JSON.stringify(last)}); page shows: ${JSON.stringify(shown)}; errors: ${errors.join(' | ') || 'none'}`,
        );
      }
      await sleep(50);
    }
    const facts = spec.facts ? await page.evaluate(spec.facts) : undefined;
    return {
      rendered: last.lastMutation,
      ...(last.heading >= 0 ? { heading: last.heading } : {}),
      js,
      otherAssets,
      graphql,
      errors,
      facts,
    };
  } finally {
    await page.close();
  }
}

/** The bench's API: `createApiApp` on 127.0.0.1 with browser sign-in configured (see `signIn`). */
async function startWorkspaceApi(
  ctx: BenchContext,
  databaseUrl: string,
): Promise<{ origin: string; issuer: string; limits: { ttlMs: number; idleMs: number } }> {
  const [port, idpPort, temporalPort] = [await freePort(), await freePort(), await freePort()];
  // Sign-in is configured (so the API keeps sessions and serves /auth/session), but the provider
  // is never asked: nobody signs in through it, the bench writes the session itself.
  const issuer = `http://127.0.0.1:${idpPort}/realms/olievlek-bench`;
  const origin = `http://127.0.0.1:${port}`;
  const config = loadApiConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: origin,
    OLIEVLEK_DATA_DIR: ctx.tempDir('olievlek-bench-web-api-'),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    LOG_LEVEL: 'silent',
    GRAPHQL_IDE: 'false',
    RATE_LIMIT_MAX: String(1_000_000_000),
    FEED_INTERVAL_MS: '60000',
    OIDC_ISSUER_URL: issuer,
    OIDC_CLIENT_ID: 'olievlek-bench',
    AUTH_JWKS_URL: `${issuer}/protocol/openid-connect/certs`,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: 'olievlek-bench',
  });
  const app: NestFastifyApplication = await createApiApp(config);
  let closed = false;
  ctx.onCleanup(async () => {
    if (closed) return;
    closed = true;
    await app.close();
  });
  await app.listen(config.port, config.host);
  return { origin, issuer, limits: { ttlMs: config.oidc!.sessionTtlMs, idleMs: config.oidc!.sessionIdleMs } };
}

/** The latest-started programme of the data set made from `template`. */
function latestOf(db: SeededDatabase, template: string): ProgrammeSlot {
  const slots = db.dataset.slots.filter((s) => s.template.name === template);
  if (slots.length === 0) throw new Error(`the data set has no programme of template ${template}`);
  return slots.reduce((a, b) => (b.startedAtMs > a.startedAtMs ? b : a));
}

/**
 * Signs the person in without an identity provider: their memberships straight into the
 * directory (as test/support/members.ts does, bound to the configured issuer) and a session row
 * written by the API's own SessionStore, exactly as /auth/callback writes it after a sign-in.
 * Answers the cookie's value.
 */
async function signIn(
  db: SeededDatabase,
  issuer: string,
  limits: { ttlMs: number; idleMs: number },
  programmes: readonly ProgrammeSlot[],
): Promise<string> {
  const directory = new MemberDirectory(db.dataSource);
  await inTransaction(db.dataSource, async (m) => {
    const member = await directory.ensureMember({ issuer, subject: PERSON.subject, name: PERSON.name }, m);
    for (const slot of programmes) {
      await directory.grant(m, { programmeId: slot.programmeId, memberId: member.id, role: 'PROJECT_LEAD' });
    }
  });
  const store = new SessionStore(db.dataSource.getRepository(SessionEntity), limits);
  const { id } = await store.create({
    issuer,
    principal: {
      subject: PERSON.subject,
      role: 'KWARTIERMAKER',
      municipalities: [],
      programmes: [],
      issuer,
      name: PERSON.name,
      email: PERSON.email,
      emailVerified: true,
    },
    profile: { name: PERSON.name, email: PERSON.email },
  });
  return id;
}

function readJson<T>(file: string, what: string): T {
  if (!existsSync(file)) throw new Error(`${what} not found at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const noLatency = (name: string): Latency => ({ name, n: 1, p50: NaN, p95: NaN, p99: NaN, mean: NaN });

export const webModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 15: the workspace in Chromium (Mijn taken, a programme page, the national view) rendered with its data, 10,000 programmes (SQLite), vs a static page of the same API; JavaScript per page gzipped vs bench/web-budget.json',
  async run(ctx) {
    const root = repoRoot();
    const budget = readJson<Budget>(join(root, 'bench', 'web-budget.json'), 'the JavaScript budget');
    const sizesFile = join(root, 'dist', 'web', 'bundle-sizes.json');
    const sizesWhat = 'the workspace build (run `node apps/web/build.mjs`; npm run bench does)';
    readJson<BundleSizes>(sizesFile, sizesWhat);
    const executablePath = process.env.OLIEVLEK_CHROMIUM;
    if (!executablePath) throw new Error('OLIEVLEK_CHROMIUM is not set: run through `npm run bench` (infra/bench.sh)');

    const db = await seededDatabase(ctx, 'SQLite');
    const names = new Map(readReferenceCsv('municipalities.csv').map((r) => [r.code!, r.name!]));
    // The programme page measured is one in execution with the training track (the fullest page);
    // the person also leads a stalled commitment and an agenda being drafted.
    const measured = latestOf(db, 'execution-training');
    const mine = [measured, latestOf(db, 'commitment-stalled'), latestOf(db, 'agenda-drafting-external-lead')];
    const mineNames = mine.map((s) => names.get(s.municipality.code)!);
    const api = await startWorkspaceApi(ctx, db.url);
    const sessionId = await signIn(db, api.issuer, api.limits, mine);

    const error = `!document.querySelector('main .utrecht-alert--error')`;
    const h1 = `document.querySelector('main h1')?.textContent ?? ''`;
    const baseline: PageSpec = {
      key: 'static',
      label: 'static /ATTRIBUTION.txt',
      path: '/ATTRIBUTION.txt',
      ready: `(document.body?.textContent ?? '').length > 100`,
    };
    const pages: PageSpec[] = [
      {
        key: 'tasks',
        label: 'Mijn taken (/)',
        path: '/',
        ready: `(${h1}) === 'Mijn taken' && ${error}`,
        facts: `(() => { const t = document.querySelector('main').innerText; return { ownProgrammesNamed: ${JSON.stringify(mineNames)}.filter((n) => t.includes(n)), links: document.querySelectorAll('main a[href^="/programmas/"]').length }; })()`,
      },
      {
        key: 'programme',
        label: 'programme page (/programmas/:id)',
        path: `/programmas/${measured.programmeId}`,
        ready: `(${h1}).includes(${JSON.stringify(names.get(measured.municipality.code))}) && ${error}`,
        facts: `({ headings: document.querySelectorAll('main h2').length, timelineItems: document.querySelectorAll('main li').length })`,
      },
      {
        key: 'national',
        label: 'national view (/landelijk)',
        path: '/landelijk',
        ready: `(${h1}) === 'Landelijk overzicht' && (document.querySelector('[data-testid="updated-at"]')?.textContent ?? '').startsWith('Bijgewerkt') && document.querySelectorAll('main svg path').length > 300 && ${error}`,
        facts: `({ mapPaths: document.querySelectorAll('main svg path').length, tableRows: document.querySelectorAll('main tr').length })`,
      },
    ];
    const all = [baseline, ...pages];

    ctx.log(`launching Chromium (${executablePath})...`);
    const browser: Browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    ctx.onCleanup(() => browser.close());
    const newContext = async () => {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
      await context.addCookies([
        {
          name: sessionCookieName(false),
          value: sessionId,
          url: api.origin,
          httpOnly: true,
          sameSite: 'Lax',
        },
      ]);
      await context.addInitScript(RECORDER);
      return context;
    };

    const first = new Map<string, Visit[]>(all.map((p) => [p.key, []]));
    const repeat = new Map<string, Visit[]>(all.map((p) => [p.key, []]));
    // One untimed visit of each page: Chromium's own start-up, the API's first queries, and a
    // check that every page shows its data before anything is timed.
    ctx.log('a first untimed visit of every page...');
    for (const spec of all) {
      const context = await newContext();
      try {
        const v = await visit(context, api.origin, spec);
        ctx.log(`  ${spec.path}: ${Math.round(v.rendered)} ms, facts ${JSON.stringify(v.facts ?? {})}`);
      } finally {
        await context.close();
      }
    }
    const rounds = ctx.quick ? ROUNDS.quick : ROUNDS.full;
    const spent = new Map<string, number>(all.map((p) => [p.key, 0]));
    ctx.log(
      `up to ${rounds.max} rounds of ${all.length} pages, each a first visit (new browser context) then a repeat visit...`,
    );
    for (let round = 0; round < rounds.max; round++) {
      const active = all.filter((p) => round < rounds.min || spent.get(p.key)! < rounds.pageTimeMs);
      if (active.length === 0) break;
      // The order rotates from round to round, so a slow spell of a shared machine hits all alike.
      for (let i = 0; i < active.length; i++) {
        const spec = active[(i + round) % active.length]!;
        const started = Date.now();
        const context = await newContext();
        try {
          first.get(spec.key)!.push(await visit(context, api.origin, spec));
          // The same browser again: the hashed assets come from its cache (immutable, a year).
          repeat.get(spec.key)!.push(await visit(context, api.origin, spec));
        } finally {
          await context.close();
        }
        spent.set(spec.key, spent.get(spec.key)! + Date.now() - started);
      }
      ctx.log(`  round ${round + 1}: ${active.map((p) => p.path).join(' ')}`);
    }
    await browser.close();
    // Read after the visits: a build during the run (others at work on the same tree) swaps dist/web.
    const sizes = readJson<BundleSizes>(sizesFile, sizesWhat);

    const latency = (visits: Visit[], name: string, of: 'rendered' | 'heading' = 'rendered'): Latency =>
      summarise(
        name,
        visits.map((v) => v[of]).filter((x): x is number => x !== undefined),
      );
    const baseFirst = latency(first.get('static')!, `${baseline.label}, first visit`);
    const baseRepeat = latency(repeat.get('static')!, `${baseline.label}, repeat visit`);
    const rows: BenchRow[] = [];
    const pageRecords: Record<string, unknown> = {};
    const how = `Chromium headless (Debian), 1440×900, nl-NL; navigation start → the DOM's last change before ${QUIET_MS} ms without change or request in flight, the page showing its heading and data; rounds in rotating order`;
    for (const spec of pages) {
      const visits = first.get(spec.key)!;
      const heading = latency(visits, `${spec.label} heading`, 'heading');
      const errors = [...new Set(visits.flatMap((v) => v.errors))];
      const graphql = visits.map((v) => v.graphql).sort((a, b) => a - b)[Math.floor(visits.length / 2)];
      rows.push(
        row(
          MODULE,
          `${spec.label} rendered, first visit`,
          latency(visits, `${spec.label}, first visit`),
          baseFirst,
          [],
          `${how}; a new browser context each run (empty cache); first main h1 at p50 ${Math.round(heading.p50)} ms; ${graphql} GraphQL requests${errors.length ? `; errors: ${errors.slice(0, 3).join(' | ')}` : ''}`,
        ),
        row(
          MODULE,
          `  diagnostic: ${spec.label}, repeat visit`,
          latency(repeat.get(spec.key)!, `${spec.label}, repeat visit`),
          baseRepeat,
          [],
          `${how}; a new tab of the same context (scripts from the browser's cache); no target`,
        ),
      );
      // JavaScript the page loaded (its last first visit), by the build's own gzipped sizes.
      const latest = visits[visits.length - 1]!;
      const files = [...new Set(latest.js)].sort();
      const unknown = files.filter((f) => !sizes.files[f]);
      if (unknown.length) {
        throw new Error(
          `${spec.path} loaded ${unknown.join(', ')}, not in dist/web/bundle-sizes.json: was the workspace rebuilt during the run?`,
        );
      }
      const gzip = files.reduce((n, f) => n + sizes.files[f]!.gzip, 0);
      // Stylesheets are not in the budget (bundle-sizes.json sizes only scripts): said beside it.
      const css = [...new Set(latest.otherAssets.filter((f) => f.endsWith('.css')))].sort();
      const cssGzip = css.reduce((n, f) => n + gzipSync(readFileSync(join(root, 'dist', 'web', f))).length, 0);
      const bytes = files.reduce((n, f) => n + sizes.files[f]!.bytes, 0);
      const limitKb = spec.key === 'tasks' ? budget.firstPageKbGz : budget.pageKbGz;
      rows.push({
        module: MODULE,
        name: `  JavaScript, ${spec.label}`,
        subject: noLatency(`${spec.label}: ${files.length} files`),
        baseline: noLatency(`budget ${limitKb} KB gz (bench/web-budget.json)`),
        ratio: gzip / (limitKb * KB),
        checks: [{ target: `≤ ${limitKb} KB gz`, holds: gzip <= limitKb * KB }],
        figure: { subject: `${kb(gzip)} gz`, baseline: `${limitKb} KB`, ratioOf: 'KB gz / budget' },
        note: `${files.length} files, ${kb(bytes)} minified: ${files.map((f) => `${f.replace('/assets/', '')} ${kb(sizes.files[f]!.gzip)}`).join(', ')}; besides, CSS ${kb(cssGzip)} gz (${css.map((f) => f.replace('/assets/', '')).join(', ')}; not budgeted)`,
      });
      pageRecords[spec.key] = {
        path: spec.path,
        javascript: { files, gzipBytes: gzip, bytes, budgetKbGz: limitKb },
        css: { files: css, gzipBytes: cssGzip },
        otherAssets: [...new Set(latest.otherAssets)].sort(),
        graphqlRequests: visits.map((v) => v.graphql),
        facts: visits[visits.length - 1]!.facts,
        errors,
        firstVisitMs: visits.map((v) => Math.round(v.rendered)),
        repeatVisitMs: repeat.get(spec.key)!.map((v) => Math.round(v.rendered)),
        headingMs: visits.map((v) => (v.heading === undefined ? null : Math.round(v.heading))),
      };
    }
    ctx.record('web', {
      signIn:
        'no identity provider: memberships written to the directory and a session row created by the API’s SessionStore, the cookie set in the browser',
      person: { ...PERSON, role: 'KWARTIERMAKER', projectLeadOf: mine.map((s) => s.programmeId) },
      programmePage: { id: measured.programmeId, template: measured.template.name },
      budget,
      quietMs: QUIET_MS,
      rounds,
      baseline: {
        path: baseline.path,
        firstVisitMs: first.get('static')!.map((v) => Math.round(v.rendered)),
        repeatVisitMs: repeat.get('static')!.map((v) => Math.round(v.rendered)),
      },
      pages: pageRecords,
    });
    return rows;
  },
};
