import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLAN } from '../apps/seed/src/demo-plan';
import { seedDemo, type SeedDemoResult } from '../apps/seed/src/seed-demo';
import { amsterdamDate, findPractice, type ProgrammeState } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret } from './support/tokens';
import { WebhookReceiver } from './support/webhook-receiver';

// `npm run seed:demo` against the real product (npm start): every demo programme is driven through
// the GraphQL API to its planned phase, and checked both through the API and in the read model.
// A second run must change nothing. Escalations go to a webhook receiver: a delivered escalation
// stays delivered, whereas an undeliverable one records a new attempt (and version) now and then.

interface Row {
  id: string;
  municipality_code: string;
  phase: string;
  status: string;
  version: number;
  started_at: string;
  open_escalation_level: number;
  risk_flags: string;
  mentor_municipality_code: string | null;
  state: string;
}

let launcher: Launcher;
let receiver: WebhookReceiver;
let kwartiermaker: string;
let first: SeedDemoResult;
const lines: string[] = [];
const PLAN = new Map(DEMO_PLAN.map((p) => [p.municipalityCode, p]));

const seed = (log: (line: string) => void) =>
  seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token: kwartiermaker,
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    log,
    // Measured on the 2-core machine: 8 at a time ≈ 100 s, 4 at a time ≈ 135 s (updates mostly wait on Temporal).
    concurrency: 8,
  });

/** The read model, read-only, as the API's projection wrote it. */
function readModel(): Row[] {
  const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM programme ORDER BY id').all() as Row[];
  } finally {
    db.close();
  }
}
const stateOf = (row: Row) => JSON.parse(row.state) as ProgrammeState;
const byCode = (rows: Row[]) => new Map(rows.map((r) => [r.municipality_code, r]));

/** The read model once every escalation is delivered: from then on nothing changes by itself. */
async function settledReadModel(timeoutMs = 30_000): Promise<Row[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = readModel();
    if (rows.every((r) => stateOf(r).escalations.every((e) => e.delivery.status === 'DELIVERED'))) return rows;
    if (Date.now() > deadline) throw new Error('escalations not delivered in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  launcher = await Launcher.onFreePorts({ ESCALATION_WEBHOOK_URL: receiver.url });
  await launcher.start();
  kwartiermaker = await launcher.token();
  const t0 = Date.now();
  first = await seed((line) => lines.push(line));
  console.info(
    `seed:demo: ${first.programmes.length} programmes, ${first.programmes.reduce((n, p) => n + p.steps, 0)} mutations in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}, 400_000);

afterAll(async () => {
  await launcher?.dispose();
  await receiver?.close();
});

describe('npm run seed:demo', () => {
  it('takes every planned programme to its planned phase and status, one line each', () => {
    expect(first.programmes.map((p) => [p.municipalityCode, p.phase, p.status, p.outcome])).toEqual(
      DEMO_PLAN.map((p) => [p.municipalityCode, p.phase, p.status, 'started']),
    );
    for (const p of first.programmes)
      expect(lines.filter((l) => l.startsWith(`${p.municipalityCode} ${p.name} → ${p.phase} `))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('GM0363 Amsterdam → CONTINUATION'))).toBe(true);
  });

  it('shows the same through the API and in the read model (no programme more, none less)', async () => {
    const res = await graphql<{
      programmes: {
        totalCount: number;
        edges: { node: { id: string; municipalityCode: string; phase: string; status: string; version: number } }[];
      };
    }>(
      launcher.apiUrl,
      '{ programmes(first: 100) { totalCount edges { node { id municipalityCode phase status version } } } }',
      undefined,
      { token: kwartiermaker },
    );
    expect(res.errors).toBeUndefined();
    const api = res.data!.programmes;
    expect(api.totalCount).toBe(DEMO_PLAN.length);
    const rows = byCode(readModel());
    expect(rows.size).toBe(DEMO_PLAN.length);
    for (const plan of DEMO_PLAN) {
      const node = api.edges.find((e) => e.node.municipalityCode === plan.municipalityCode)?.node;
      const row = rows.get(plan.municipalityCode)!;
      const seeded = first.programmes.find((p) => p.municipalityCode === plan.municipalityCode)!;
      expect([node?.phase, node?.status], plan.municipalityCode).toEqual([plan.phase, plan.status]);
      expect([row.phase, row.status], plan.municipalityCode).toEqual([plan.phase, plan.status]);
      // Delivering an escalation (the outbox) may add a version after the seed's last step.
      expect(row.version, plan.municipalityCode).toBeGreaterThanOrEqual(seeded.version);
      if (!plan.leadDeparts) expect(row.version, plan.municipalityCode).toBe(seeded.version);
    }
  });

  it('takes the six pioneer collectives to CONTINUATION with their own practices embedded, quarterly indicators and a yearly check-in', () => {
    const rows = byCode(readModel());
    const pioneers = DEMO_PLAN.filter((p) => p.pioneer);
    expect(pioneers).toHaveLength(7);
    for (const plan of pioneers) {
      const row = rows.get(plan.municipalityCode)!;
      const state = stateOf(row);
      expect(row.phase).toBe('CONTINUATION');
      const adopted = state.agenda.actions.filter((a) => a.practiceId);
      expect(adopted.length, plan.municipalityCode).toBeGreaterThan(0);
      for (const a of adopted)
        expect(findPractice(a.practiceId!)!.originMunicipalityCodes).toContain(plan.municipalityCode);
      for (const a of state.agenda.actions) expect(a.embedding?.instrument, a.title).toBeDefined();
      expect(state.indicators.filter((i) => /^\d{4}-Q[1-4]$/.test(i.period)).length).toBeGreaterThanOrEqual(4);
      expect(state.indicators.some((i) => i.period === '2025')).toBe(true);
      expect(amsterdamDate(Date.parse(row.started_at)) < '2017-01-01').toBe(true);
    }
    const amsterdam = stateOf(rows.get('GM0363')!);
    expect(amsterdam.agenda.actions.map((a) => a.embedding?.instrument)).toEqual([
      'REGIONAL_APPROACH_PLAN',
      'REGIONAL_APPROACH_PLAN',
      'REGIONAL_APPROACH_PLAN',
    ]);
    expect(stateOf(rows.get('GM0505')!).agenda.actions[0]!.embedding?.instrumentName).toBe(
      'Sociale Ontwikkelagenda Drechtsteden',
    );
  });

  it('R4.3: the planned escalations are open at level 2 (stalled), and nothing else is', async () => {
    const rows = readModel();
    const escalated = DEMO_PLAN.filter((p) => p.leadDeparts)
      .map((p) => p.municipalityCode)
      .sort();
    expect(escalated.length).toBeGreaterThanOrEqual(3);
    expect(
      rows
        .filter((r) => r.open_escalation_level > 0)
        .map((r) => r.municipality_code)
        .sort(),
    ).toEqual(escalated);
    for (const row of rows.filter((r) => r.open_escalation_level > 0)) {
      expect([row.phase, row.open_escalation_level, row.risk_flags]).toEqual(['EMBEDDING', 2, ',LEAD_DEPARTED,']);
      const open = stateOf(row).escalations.filter((e) => e.status !== 'RESOLVED');
      expect(open.map((e) => [e.level, e.kind, e.ruleId, e.recipient])).toEqual([
        [2, 'LEAD_DEPARTED', 'R4.3', 'ADMINISTRATIVE_LEAD'],
      ]);
    }
    const res = await graphql<{
      nationalOverview: { stalled: number; openEscalationsByLevel: { level: number; count: number }[] };
    }>(launcher.apiUrl, '{ nationalOverview { stalled openEscalationsByLevel { level count } } }', undefined, {
      token: kwartiermaker,
    });
    expect(res.data?.nationalOverview.stalled).toBe(escalated.length);
    expect(res.data?.nationalOverview.openEscalationsByLevel).toEqual([
      { level: 1, count: 0 },
      { level: 2, count: escalated.length },
      { level: 3, count: 0 },
    ]);
    // Delivered to the alderman through the outbox, once each.
    await settledReadModel();
    expect(
      receiver
        .delivered()
        .map((r) => (r.body as { programme: { programmeId: string } }).programme.programmeId)
        .sort(),
    ).toEqual(
      first.programmes
        .filter((p) => p.planned.escalated)
        .map((p) => p.programmeId)
        .sort(),
    );
  });

  it('spreads the pioneers’ practices to other municipalities (practiceSpread agrees with the read model)', async () => {
    const res = await graphql<{
      practiceSpread: {
        practice: { id: string; originMunicipalityCodes: string[] };
        adoptions: { municipalityCode: string }[];
      }[];
    }>(
      launcher.apiUrl,
      '{ practiceSpread { practice { id originMunicipalityCodes } adoptions { municipalityCode } } }',
      undefined,
      { token: kwartiermaker },
    );
    const spread = res.data!.practiceSpread;
    const expected = new Map<string, string[]>();
    for (const row of readModel()) {
      for (const a of stateOf(row).agenda.actions)
        if (a.practiceId) expected.set(a.practiceId, [...(expected.get(a.practiceId) ?? []), row.municipality_code]);
    }
    for (const s of spread)
      expect(s.adoptions.map((a) => a.municipalityCode).sort(), s.practice.id).toEqual(
        (expected.get(s.practice.id) ?? []).sort(),
      );
    const beyondOrigin = spread.filter((s) =>
      s.adoptions.some((a) => !s.practice.originMunicipalityCodes.includes(a.municipalityCode)),
    );
    expect(beyondOrigin.length).toBeGreaterThanOrEqual(10);
  });

  it('uses the real start dates (spread curve) and pairs mentors', () => {
    const rows = byCode(readModel());
    for (const plan of DEMO_PLAN)
      expect(amsterdamDate(Date.parse(rows.get(plan.municipalityCode)!.started_at)), plan.municipalityCode).toBe(
        plan.startedOn,
      );
    const paired = DEMO_PLAN.filter((p) => p.mentor);
    expect(paired.length).toBeGreaterThanOrEqual(3);
    for (const plan of paired) {
      const mentor = rows.get(plan.municipalityCode)!.mentor_municipality_code;
      expect(mentor, plan.municipalityCode).toMatch(/^GM\d{4}$/);
      expect(mentor).not.toBe(plan.municipalityCode);
      expect(first.programmes.find((p) => p.municipalityCode === plan.municipalityCode)?.mentor).toBe(mentor);
    }
  });

  it('running it a second time changes nothing: same programmes, same versions', async () => {
    const before = (await settledReadModel()).map((r) => [r.id, r.version] as const);
    const again = await seed(() => {});
    expect(again.programmes.map((p) => [p.municipalityCode, p.outcome, p.steps])).toEqual(
      DEMO_PLAN.map((p) => [p.municipalityCode, 'unchanged', 0]),
    );
    const after = readModel().map((r) => [r.id, r.version] as const);
    expect(after).toEqual(before);
    expect(after).toHaveLength(PLAN.size);
    // The workflows themselves (not only the read model) are at the same versions.
    const versions = new Map(after);
    for (const code of ['GM0363', 'GM0518', 'GM0344']) {
      const id = first.programmes.find((p) => p.municipalityCode === code)!.programmeId;
      expect(launcher.workflowVersion(id), code).toBe(versions.get(id));
    }
  }, 120_000);
});
