import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAIL_DOMAIN, demoPeople, type DemoPerson } from '../apps/seed/src/demo-people';
import { DEMO_PLAN, type DemoProgramme } from '../apps/seed/src/demo-plan';
import { REALM_PEOPLE, realmIssuerFor, seededPeople } from '../apps/seed/src/realm-people';
import { seedDemo, type SeedDemoResult } from '../apps/seed/src/seed-demo';
import { escalationMessageIdLocalPart } from '../libs/activities/src';
import {
  addIsoDays,
  amsterdamDate,
  findPractice,
  startOfAmsterdamDay,
  WEEK_MS,
  type ProgrammeState,
} from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import type { MailpitMessage, MailpitSummary } from './support/mailpit';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret } from './support/tokens';
import { WebhookReceiver } from './support/webhook-receiver';

// `npm run seed:demo` against the real product (npm start): every demo programme is driven through
// the GraphQL API to its planned phase, and checked both through the API and in the read model.
// A second run must change nothing. Escalations go to a webhook receiver: a delivered escalation
// stays delivered, whereas an undeliverable one records a new attempt (and version) now and then.
// P3 (issue 16): they also reach the demo people by e-mail, in the launcher's Mailpit inbox, as
// `npm start` and `npm run seed:demo` show them: each demo person has an address of their own.

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
/** When the first seed began: its dates count back from that day (a run may cross midnight). */
let seededAt: number;
const lines: string[] = [];
const PLAN = new Map(DEMO_PLAN.map((p) => [p.municipalityCode, p]));
/** P3 (issue 15's declared dates): the levels a planned stall in AGENDA has reached (12 weeks, then every 4). */
const stallLevels = (p: DemoProgramme): number[] =>
  [12, 16, 20].filter((w) => (p.stalledForWeeks ?? 0) >= w).map((_, i) => i + 1);
/** R4.5: embeddings whose instrument ran out without a successor (each waits at levels 1–3 by its dates). */
const expiredEmbeddings = (p: DemoProgramme) =>
  (p.actions ?? []).filter((a) => a.embedding?.period?.to !== undefined && !a.embedding.successor);
/** Programmes the seed leaves with open escalations: R4.3 at once, a planned stall old enough, or R4.5. */
const ESCALATING = DEMO_PLAN.filter(
  (p) => p.leadDeparts || stallLevels(p).length > 0 || expiredEmbeddings(p).length > 0,
);
/** Issue 15: the demo realm's people, bound to the issuer of npm start's Keycloak (no Keycloak runs here). */
const REALM_ISSUER = realmIssuerFor();
/** Each programme's people once the seed is done: its own, and the realm's (a realm alderman took over). */
const peopleOf = (plan: DemoProgramme) => seededPeople(plan, demoPeople(plan), REALM_ISSUER);
/** The addresses the seed invites (P2). */
const INVITED = DEMO_PLAN.flatMap((p) => (p.invite ? [`${p.invite.mailbox}@${DEMO_MAIL_DOMAIN}`] : []));

const seed = (log: (line: string) => void) =>
  seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token: kwartiermaker,
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    realmIssuer: REALM_ISSUER,
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

/** The national address `npm start` gives the worker when it runs Mailpit (infra/start.mjs). */
const NATIONAL = (process.env.NATIONAL_ESCALATION_EMAIL ?? 'kwartiermakers@olievlek.local').toLowerCase();

/** Every message in the launcher's inbox (Mailpit's REST API), newest first. */
async function inbox(): Promise<MailpitSummary[]> {
  const res = await fetch(`${launcher.inboxUrl}/api/v1/messages?limit=1000`);
  if (!res.ok) throw new Error(`Mailpit: ${res.status}`);
  return ((await res.json()) as { messages: MailpitSummary[] }).messages;
}
async function inboxMessage(id: string): Promise<MailpitMessage> {
  return (await fetch(`${launcher.inboxUrl}/api/v1/message/${id}`)).json() as Promise<MailpitMessage>;
}
const localPart = (m: MailpitSummary) => m.MessageID.replace(/^<|>$/g, '').split('@')[0]!;
const isEscalationMail = (m: MailpitSummary) => /^(raised|resolved)\./.test(localPart(m));

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  // The worker scans for reminders every REMINDER_SCAN_MS (5 minutes under npm start): here every 2 s.
  launcher = await Launcher.onFreePorts({ ESCALATION_WEBHOOK_URL: receiver.url, REMINDER_SCAN_MS: '2000' });
  await launcher.start();
  kwartiermaker = await launcher.token();
  const t0 = Date.now();
  seededAt = t0;
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
      if (!ESCALATING.includes(plan)) expect(row.version, plan.municipalityCode).toBe(seeded.version);
    }
  });

  it('takes the six pioneer collectives to CONTINUATION with their own practices embedded, quarterly indicators and a yearly check-in', () => {
    const rows = byCode(readModel());
    const pioneers = DEMO_PLAN.filter((p) => p.pioneer);
    expect(pioneers).toHaveLength(6);
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

  it('R4.3 and P3: the planned escalations are open (level 2 at once, the stall up its ladder), and nothing else is', async () => {
    const rows = readModel();
    const departed = DEMO_PLAN.filter((p) => p.leadDeparts);
    const stalled = DEMO_PLAN.filter((p) => stallLevels(p).length > 0);
    expect(departed.length).toBeGreaterThanOrEqual(3);
    expect(stalled.map((p) => [p.municipalityCode, stallLevels(p)])).toEqual([['GM0664', [1, 2, 3]]]);
    const expired = DEMO_PLAN.filter((p) => expiredEmbeddings(p).length > 0);
    expect(expired.map((p) => p.municipalityCode)).toEqual(['GM0363']);
    expect(
      rows
        .filter((r) => r.open_escalation_level > 0)
        .map((r) => r.municipality_code)
        .sort(),
    ).toEqual(ESCALATING.map((p) => p.municipalityCode).sort());
    for (const plan of departed) {
      const row = rows.find((r) => r.municipality_code === plan.municipalityCode)!;
      expect([row.phase, row.open_escalation_level, row.risk_flags]).toEqual(['EMBEDDING', 2, ',LEAD_DEPARTED,']);
      const open = stateOf(row).escalations.filter((e) => e.status !== 'RESOLVED');
      expect(open.map((e) => [e.level, e.kind, e.ruleId, e.recipient])).toEqual([
        [2, 'LEAD_DEPARTED', 'R4.3', 'ADMINISTRATIVE_LEAD'],
      ]);
    }
    for (const plan of expired) {
      // R4.5: 'Opvolgend instrument vastleggen' waits per expired embedding, levels 1–3 from 1 January
      // after the period's last year, each citing R4.5; an embedding whose successor was named has none.
      const state = stateOf(rows.find((r) => r.municipality_code === plan.municipalityCode)!);
      for (const a of expiredEmbeddings(plan)) {
        const action = state.agenda.actions.find((x) => x.title === a.title)!;
        const endsAt = startOfAmsterdamDay(`${a.embedding!.period!.to! + 1}-01-01`);
        expect(action.embedding!.ended).toEqual({ at: new Date(endsAt).toISOString(), by: 'PERIOD' });
        expect(
          state.escalations
            .filter((e) => e.step === `SUCCESSOR:${action.id}`)
            .map((e) => [e.level, e.ruleId, e.status, (Date.parse(e.dueAt) - endsAt) / WEEK_MS]),
        ).toEqual([
          [1, 'R4.5', 'OPEN', 8],
          [2, 'R4.5', 'OPEN', 12],
          [3, 'R4.5', 'OPEN', 16],
        ]);
      }
    }
    for (const plan of DEMO_PLAN) {
      const actions = (plan.actions ?? []).filter((x) => x.embedding?.successor);
      if (actions.length === 0) continue;
      const state = stateOf(rows.find((r) => r.municipality_code === plan.municipalityCode)!);
      for (const a of actions) {
        const action = state.agenda.actions.find((x) => x.title === a.title)!;
        expect(action.embedding!.instrumentName).toBe(a.embedding!.successor!.instrumentName);
        expect(action.embedding!.ended).toBeUndefined();
        expect(state.escalations.filter((e) => e.step === `SUCCESSOR:${action.id}`)).toEqual([]);
      }
    }
    for (const plan of stalled) {
      // Really in AGENDA since the declared end of its commitment: every level due by now, in order, once.
      const row = rows.find((r) => r.municipality_code === plan.municipalityCode)!;
      const state = stateOf(row);
      const entered = Date.parse(state.phaseEnteredAt);
      expect(amsterdamDate(entered)).toBe(amsterdamDate(seededAt - plan.stalledForWeeks! * 7 * 86_400_000));
      expect(
        state.escalations.map((e) => [e.level, e.kind, e.step, e.status, e.recipient, Date.parse(e.dueAt) - entered]),
      ).toEqual([
        [1, 'STALL', 'AGENDA', 'OPEN', 'PROJECT_LEAD', 12 * WEEK_MS],
        [2, 'STALL', 'AGENDA', 'OPEN', 'ADMINISTRATIVE_LEAD', 16 * WEEK_MS],
        [3, 'STALL', 'AGENDA', 'OPEN', 'KWARTIERMAKER', 20 * WEEK_MS],
      ]);
      expect([row.phase, row.open_escalation_level]).toEqual(['AGENDA', 3]);
    }
    const res = await graphql<{
      nationalOverview: { stalled: number; openEscalationsByLevel: { level: number; count: number }[] };
    }>(launcher.apiUrl, '{ nationalOverview { stalled openEscalationsByLevel { level count } } }', undefined, {
      token: kwartiermaker,
    });
    expect(res.data?.nationalOverview.stalled).toBe(ESCALATING.length);
    const expiredCount = expired.reduce((n, p) => n + expiredEmbeddings(p).length, 0);
    const atLevel = (level: number) => stalled.filter((p) => stallLevels(p).includes(level)).length + expiredCount;
    expect(res.data?.nationalOverview.openEscalationsByLevel).toEqual([
      { level: 1, count: atLevel(1) },
      { level: 2, count: departed.length + atLevel(2) },
      { level: 3, count: atLevel(3) },
    ]);
    // Delivered through the outbox, once each.
    const settled = await settledReadModel();
    const raised = settled.flatMap((r) => stateOf(r).escalations.map((e) => e.id)).sort();
    expect(receiver.distinctKeys().sort()).toEqual(raised);
    expect(
      [
        ...new Set(
          receiver.delivered().map((r) => (r.body as { programme: { programmeId: string } }).programme.programmeId),
        ),
      ].sort(),
    ).toEqual(
      first.programmes
        .filter((p) => ESCALATING.some((e) => e.municipalityCode === p.municipalityCode))
        .map((p) => p.programmeId)
        .sort(),
    );
  });

  it('C1/C2/C4: Amsterdam runs its programme with its five members, each confirmed by its own alderman; all are reached', async () => {
    const res = await graphql<{
      programme: { collective: { members: { municipality: { code: string }; confirmedOn: string | null }[] } | null };
      nationalOverview: { municipalitiesReached: number };
    }>(
      launcher.apiUrl,
      '{ programme(municipalityCode: "GM0363") { collective { members { municipality { code } confirmedOn } } } nationalOverview { municipalitiesReached } }',
      undefined,
      { token: kwartiermaker },
    );
    expect(res.errors).toBeUndefined();
    const members = res.data!.programme.collective!.members;
    expect(members.map((m) => m.municipality.code)).toEqual(['GM0362', 'GM0384', 'GM0437', 'GM0358', 'GM0451']);
    expect(members.filter((m) => m.confirmedOn !== null)).toHaveLength(5);
    // C4: every lead and every member that has not left, each once (Amsterdam's five among them).
    const inCollectives = DEMO_PLAN.reduce((n, p) => n + (p.members?.length ?? 0), 0);
    expect(inCollectives).toBe(12);
    expect(res.data!.nationalOverview.municipalitiesReached).toBe(DEMO_PLAN.length + inCollectives);
  });

  it('R1.6: Breda re-confirmed with its new alderman after the 2026 elections; Tilburg shows RECOMMITMENT_DUE', async () => {
    const res = await graphql<{ programmes: { edges: { node: { municipalityCode: string; riskFlags: string[] } }[] } }>(
      launcher.apiUrl,
      '{ programmes(first: 100) { edges { node { municipalityCode riskFlags } } } }',
      undefined,
      { token: kwartiermaker },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.programmes.edges.map((e) => e.node);
    for (const plan of DEMO_PLAN) {
      const node = nodes.find((n) => n.municipalityCode === plan.municipalityCode)!;
      const due = plan.newAlderman?.reconfirmed === false;
      expect(node.riskFlags.includes('RECOMMITMENT_DUE'), plan.municipalityCode).toBe(due);
    }
    const cycle = DEMO_PLAN.filter((p) => p.newAlderman);
    expect(cycle.map((p) => p.municipalityCode)).toEqual(['GM0855', 'GM0758']);
    for (const plan of cycle) {
      const one = await graphql<{
        programme: {
          phase: string;
          commitment: { recommitment: { reason: string } | null; reconfirmedAt: string | null };
        };
      }>(
        launcher.apiUrl,
        `{ programme(id: "programme-${plan.municipalityCode}-1") { phase commitment { recommitment { reason } reconfirmedAt } } }`,
        undefined,
        { token: kwartiermaker },
      );
      expect(one.errors).toBeUndefined();
      const p = one.data!.programme;
      expect(p.phase).toBe(plan.phase);
      expect(p.commitment.recommitment?.reason ?? null).toBe(plan.newAlderman!.reconfirmed ? null : 'NEW_LEAD');
      expect(Boolean(p.commitment.reconfirmedAt)).toBe(plan.newAlderman!.reconfirmed);
    }
  });

  it('issue 15: the national medians per phase are months, as the declared phase dates say', async () => {
    const res = await graphql<{
      nationalOverview: { medianDaysInPhase: { phase: string; programmes: number; medianDays: number | null }[] };
    }>(launcher.apiUrl, '{ nationalOverview { medianDaysInPhase { phase programmes medianDays } } }', undefined, {
      token: kwartiermaker,
    });
    const medians = new Map(res.data!.nationalOverview.medianDaysInPhase.map((m) => [m.phase, m]));
    // The same figures from the read model's phase histories (completed stays, days between the Amsterdam midnights).
    const stays = new Map<string, number[]>();
    for (const row of readModel())
      for (const s of stateOf(row).phaseHistory ?? [])
        if (s.leftAt)
          stays.set(s.phase, [
            ...(stays.get(s.phase) ?? []),
            (Date.parse(s.leftAt) - Date.parse(s.enteredAt)) / 86_400_000,
          ]);
    for (const phase of ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING']) {
      const days = stays.get(phase)!.sort((a, b) => a - b);
      const mid = Math.floor(days.length / 2);
      const median = days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
      expect(medians.get(phase), phase).toEqual({
        phase,
        programmes: days.length,
        medianDays: Math.round(median * 10) / 10,
      });
      // Months, not the seconds the seed took: at least ten weeks for every phase.
      expect(medians.get(phase)!.medianDays!, phase).toBeGreaterThanOrEqual(70);
    }
    expect(medians.get('EXECUTION')!.medianDays!).toBeGreaterThan(365);
  });

  it('issue 17.5: the peer-comparison list is not empty (docs/rules.md "Peer comparison")', async () => {
    const res = await graphql<{
      slowerThanPeers: {
        totalCount: number;
        entries: { programme: { status: string }; peerComparison: { percentile: number; completedStays: number } }[];
      };
    }>(
      launcher.apiUrl,
      '{ slowerThanPeers(first: 50) { totalCount entries { programme { status } peerComparison { percentile completedStays } } } }',
      undefined,
      { token: kwartiermaker },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.slowerThanPeers;
    expect(list.totalCount).toBeGreaterThan(0);
    for (const e of list.entries) {
      expect(['ACTIVE', 'PAUSED']).toContain(e.programme.status);
      expect(e.peerComparison.percentile).toBeGreaterThan(80);
      expect(e.peerComparison.completedStays).toBeGreaterThanOrEqual(5);
    }
  });

  it('P3: the demo people get the escalation mail of the stalled programmes, in Dutch, and no one else does', async () => {
    const rows = byCode(readModel());
    const people = new Map(DEMO_PLAN.map((plan) => [plan.municipalityCode, peopleOf(plan)]));
    const role = (code: string, r: DemoPerson['grants'][number]['role']) =>
      people.get(code)!.filter((p) => p.grants.some((g) => g.role === r));
    // Who each open escalation goes to (escalation-mail.ts): level 1 the project lead, level 2 the
    // alderman with a copy to the project lead, level 3 the kwartiermakers' national address.
    const recipients = (code: string, level: number): string[] =>
      level === 1
        ? role(code, 'PROJECT_LEAD').map((p) => p.email)
        : level === 2
          ? [...role(code, 'ADMINISTRATIVE_LEAD'), ...role(code, 'PROJECT_LEAD')].map((p) => p.email)
          : [NATIONAL];
    const expected = [...rows.values()]
      .flatMap((row) =>
        stateOf(row)
          .escalations.filter((e) => e.status !== 'RESOLVED')
          .flatMap((e) =>
            recipients(row.municipality_code, e.level).map((to) => escalationMessageIdLocalPart(e.id, 'raised', to)),
          ),
      )
      .sort();
    // Every seeded stall (R4.3, level 2) has a message to the alderman and a copy to the project lead.
    const stalled = first.programmes.filter((p) => p.planned.escalated);
    expect(expected.length).toBeGreaterThanOrEqual(2 * stalled.length);

    // The worker queues them in the outbox; the API's MailSender sends them (it looks every second).
    await expect
      .poll(
        async () =>
          (await inbox())
            .filter((m) => /^raised\./.test(localPart(m)))
            .map(localPart)
            .sort(),
        { timeout: 90_000, interval: 1000 },
      )
      .toEqual(expected);

    const messages = await inbox();
    for (const p of stalled) {
      const [alderman] = role(p.municipalityCode, 'ADMINISTRATIVE_LEAD');
      const [lead] = role(p.municipalityCode, 'PROJECT_LEAD');
      const to = (address: string) => messages.filter((m) => m.To.some((t) => t.Address.toLowerCase() === address));
      const subject = `Bestuurlijke escalatie: projectleider vertrokken, borging open (${p.name})`;
      expect(
        to(alderman!.email).map((m) => m.Subject),
        p.municipalityCode,
      ).toEqual([subject]);
      expect(
        to(lead!.email)
          .filter(isEscalationMail)
          .map((m) => m.Subject),
        p.municipalityCode,
      ).toEqual([subject]);

      const forAlderman = await inboxMessage(to(alderman!.email)[0]!.ID);
      expect(forAlderman.Text).toContain(`Beste ${alderman!.name},`);
      expect(forAlderman.Text).toContain('U ontvangt dit bericht als bestuurlijk trekker (wethouder)');
      expect(forAlderman.Text).toContain('Regel R4.3');
      expect(forAlderman.Text).toContain(`/programmas/${encodeURIComponent(p.programmeId)}`);
      const copy = await inboxMessage(to(lead!.email).filter(isEscalationMail)[0]!.ID);
      expect(copy.Text).toContain(`Beste ${lead!.name},`);
      expect(copy.Text).toContain('U ontvangt een kopie als projectleider');
    }
    // Level 3 only where a stall reached it (Goes): to the national address alone.
    const national = messages.filter((m) => m.To.some((t) => t.Address.toLowerCase() === NATIONAL));
    expect(national.every((m) => m.Subject.startsWith('Landelijke escalatie: ') || /^Opgelost: /.test(m.Subject))).toBe(
      true,
    );
    expect(national.filter((m) => /^raised\./.test(localPart(m))).length).toBe(
      [...rows.values()].reduce(
        (n, r) => n + stateOf(r).escalations.filter((e) => e.level === 3 && e.status !== 'RESOLVED').length,
        0,
      ),
    );

    // No message at all to a partner contact; every message goes to a project lead, an alderman (a
    // collective member municipality's own too, C2), the national address or someone the seed invited (P2).
    const isPartner = (x: DemoPerson) => x.grants.some((g) => g.role === 'PARTNER_CONTACT');
    const partners = new Set([...people.values()].flatMap((ps) => ps.filter(isPartner).map((x) => x.email)));
    const municipal = new Set(
      [...people.values()].flatMap((ps) => ps.filter((x) => !isPartner(x)).map((x) => x.email)),
    );
    for (const m of messages)
      for (const t of m.To) {
        const address = t.Address.toLowerCase();
        expect(partners.has(address), `${t.Address}: ${m.Subject}`).toBe(false);
        expect(municipal.has(address) || address === NATIONAL || INVITED.includes(address), t.Address).toBe(true);
      }
  }, 120_000);

  it('issue 16: the inbox holds a message of each kind — invitation, escalation levels 1, 2 and 3, a reminder — readable in Dutch', async () => {
    const goes = PLAN.get('GM0664')!;
    const almere = PLAN.get('GM0034')!;
    const groningen = PLAN.get('GM0014')!;
    const person = (plan: DemoProgramme, role: DemoPerson['grants'][number]['role']) =>
      demoPeople(plan).find((p) => p.grants.some((g) => g.role === role))!;
    const to = (messages: MailpitSummary[], address: string) =>
      messages.filter((m) => m.To.some((t) => t.Address.toLowerCase() === address.toLowerCase()));
    // Reminders are found by the worker's scan (every REMINDER_SCAN_MS), then sent by the API's MailSender.
    await expect
      .poll(async () => to(await inbox(), person(almere, 'PROJECT_LEAD').email).map((m) => m.Subject), {
        timeout: 60_000,
        interval: 1000,
      })
      .toEqual(['Herinnering vooraf: voortgang op de verbeteragenda (Almere)']);
    const messages = await inbox();

    const reminder = await inboxMessage(to(messages, person(almere, 'PROJECT_LEAD').email)[0]!.ID);
    // Level 1 falls due twelve weeks (of elapsed time) after the declared entry into AGENDA.
    const almereRow = readModel().find((r) => r.municipality_code === almere.municipalityCode)!;
    expect(amsterdamDate(Date.parse(stateOf(almereRow).phaseEnteredAt))).toBe(
      addIsoDays(amsterdamDate(seededAt), -7 * almere.stalledForWeeks!),
    );
    expect(stateOf(almereRow).escalations).toEqual([]);
    const levelOneDay = amsterdamDate(Date.parse(stateOf(almereRow).phaseEnteredAt) + 12 * WEEK_MS);
    expect(localPart(to(messages, person(almere, 'PROJECT_LEAD').email)[0]!)).toMatch(
      new RegExp(`^reminder\\.stall-level-1\\.programme-GM0034-1\\.${levelOneDay}\\.14d\\.`),
    );
    expect(reminder.Text).toContain(`Beste ${person(almere, 'PROJECT_LEAD').name},`);

    const lead = to(messages, person(goes, 'PROJECT_LEAD').email).map((m) => m.Subject);
    expect(lead.sort()).toEqual(
      [
        'Herinnering: geen voortgang op de verbeteragenda (Goes)',
        'Bestuurlijke escalatie: geen voortgang op de verbeteragenda (Goes)',
      ].sort(),
    );
    expect(to(messages, person(goes, 'ADMINISTRATIVE_LEAD').email).map((m) => m.Subject)).toEqual([
      'Bestuurlijke escalatie: geen voortgang op de verbeteragenda (Goes)',
    ]);
    expect(to(messages, NATIONAL).map((m) => m.Subject)).toContain(
      'Landelijke escalatie: geen voortgang op de verbeteragenda (Goes)',
    );

    const invited = to(messages, INVITED[0]!);
    expect(invited.map((m) => m.Subject)).toEqual([
      `Uitnodiging voor Collectief tegen kindermishandeling ${groningen.name} (${groningen.name})`,
    ]);
    const invitation = await inboxMessage(invited[0]!.ID);
    expect(invitation.Text).toContain('/uitnodiging?token=');
  }, 90_000);

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
    // Nobody gets an escalation twice: one message per Message-ID in the inbox.
    const ids = (await inbox()).filter(isEscalationMail).map((m) => m.MessageID);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(after).toHaveLength(PLAN.size);
    // The workflows themselves (not only the read model) are at the same versions.
    const versions = new Map(after);
    for (const code of ['GM0363', 'GM0518', 'GM0344']) {
      const id = first.programmes.find((p) => p.municipalityCode === code)!.programmeId;
      expect(launcher.workflowVersion(id), code).toBe(versions.get(id));
    }
  }, 120_000);

  it('issue 15: after both runs the demo realm people hold their roles once, bound to the realm issuer and their fixed ids', () => {
    const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
    try {
      const active = db
        .prepare(
          `SELECT s.programme_id, m.issuer, m.subject, m.email, s.role, s.partner_organisation, s.partner_level,
                  s.municipality_code
             FROM membership s JOIN member m ON m.id = s.member_id WHERE s.ended_at IS NULL`,
        )
        .all() as {
        programme_id: string;
        issuer: string;
        subject: string;
        email: string;
        role: string;
        partner_organisation: string | null;
        partner_level: string | null;
        municipality_code: string | null;
      }[];
      const idOf = (code: string) => first.programmes.find((p) => p.municipalityCode === code)!.programmeId;
      const realm = active.filter((a) => a.issuer === REALM_ISSUER);
      const expected = REALM_PEOPLE.flatMap((p) =>
        p.assignments.map((a) => [
          idOf(a.municipalityCode),
          p.subject,
          p.email,
          a.grant.role,
          a.grant.role === 'PARTNER_CONTACT' ? a.grant.partner.organisation : null,
          a.grant.role === 'PARTNER_CONTACT' ? a.grant.partner.level : null,
        ]),
      );
      const rows = (xs: unknown[][]) => xs.map((x) => JSON.stringify(x)).sort();
      expect(
        rows(realm.map((a) => [a.programme_id, a.subject, a.email, a.role, a.partner_organisation, a.partner_level])),
      ).toEqual(rows(expected));
      // P1: one administrative lead per programme; where the realm's alderman took over, the seed's own stepped down.
      // (A collective's member municipalities have an alderman of their own beside it, C2.)
      const aldermen = new Map<string, string[]>();
      for (const a of active.filter((x) => x.role === 'ADMINISTRATIVE_LEAD' && !x.municipality_code))
        aldermen.set(a.programme_id, [...(aldermen.get(a.programme_id) ?? []), a.email]);
      expect([...aldermen.values()].filter((emails) => emails.length > 1)).toEqual([]);
      for (const code of ['GM1900', 'GM0074', 'GM0518'])
        expect(aldermen.get(idOf(code)), code).toEqual(['wethouder@olievlek.invalid']);
      const ended = db
        .prepare(
          `SELECT s.programme_id, m.email FROM membership s JOIN member m ON m.id = s.member_id
            WHERE s.ended_at IS NOT NULL AND s.role = 'ADMINISTRATIVE_LEAD'`,
        )
        .all() as { programme_id: string; email: string }[];
      expect(ended.map((e) => [e.programme_id, e.email.split('@')[0]]).sort()).toEqual(
        [
          [idOf('GM0074'), 'wethouder.heerenveen'],
          [idOf('GM0518'), 'wethouder.s-gravenhage'],
        ].sort(),
      );
      // P2: the programme manager's invitation to Utrecht waits, once.
      const invited = db
        .prepare(`SELECT programme_id, role FROM invitation WHERE email = 'programmamanager@olievlek.invalid'`)
        .all();
      expect(invited).toEqual([{ programme_id: idOf('GM0344'), role: 'PROGRAMME_MANAGER' }]);
    } finally {
      db.close();
    }
  });
});
