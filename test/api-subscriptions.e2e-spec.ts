import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql, Launcher } from './support/launcher';
import { grantOnLauncher, lifecycleRoles } from './support/scripted-roles';
import { launcherSecret, mintToken } from './support/tokens';

// Subscriptions over graphql-ws against the real product: events reach only subscribers who may
// see the programme, whether the change came through the API or from the worker (outbox).

let launcher: Launcher;
let utrecht: string;
let groningen: string;
const clients: Client[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({ FEED_INTERVAL_MS: '200' });
  await launcher.start();
  const secret = launcherSecret(launcher.dataDir);
  utrecht = await mintToken(secret, { sub: 'gemeente-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] });
  groningen = await mintToken(secret, { sub: 'gemeente-groningen', role: 'MUNICIPALITY', municipalities: ['GM0014'] });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
  await launcher?.dispose();
});

function connect(token: string): Client {
  const client = createClient({
    url: `${launcher.apiUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  clients.push(client);
  return client;
}

/** Collects the events of one subscription into an array. */
function collect<T>(client: Client, query: string): { events: T[]; errors: unknown[] } {
  const sink = { events: [] as T[], errors: [] as unknown[] };
  client.subscribe<T>(
    { query },
    {
      next: (value) => value.data && sink.events.push(value.data as T),
      error: (error) => sink.errors.push(error),
      complete: () => undefined,
    },
  );
  return sink;
}

/** A token's `exp` in milliseconds. */
function expOf(token: string): number {
  return (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;
}

async function step(token: string, mutation: string): Promise<Record<string, any>> {
  const res = await graphql(launcher.apiUrl, `mutation { ${mutation} }`, undefined, { token });
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>;
}

describe('subscriptions over graphql-ws', () => {
  it('delivers programme changes and escalations only to subscribers of the same tenant', async () => {
    await step(utrecht, 'startProgramme(municipalityCode: "GM0344") { id }');
    await step(groningen, 'startProgramme(municipalityCode: "GM0014") { id }');
    // P1: starting made Utrecht's person project lead; the alderman's steps and Politie's support
    // (R2.4) need those roles too, granted here as set-up.
    await grantOnLauncher(launcher, 'programme-GM0344-1', 'gemeente-utrecht', lifecycleRoles(['Politie', 'JUSTICE']));
    const utrechtChanges = collect<{ programmeChanged: { id: string; version: number } }>(
      connect(utrecht),
      'subscription { programmeChanged { id version phase } }',
    );
    const utrechtRaised = collect<{
      escalationRaised: { programmeId: string; escalation: { level: number; kind: string } };
    }>(connect(utrecht), 'subscription { escalationRaised { programmeId escalation { level kind ruleId } } }');
    const utrechtResolved = collect<{
      escalationResolved: { programmeId: string; escalation: { kind: string; status: string } };
    }>(
      connect(utrecht),
      'subscription { escalationResolved(programmeId: "programme-GM0344-1") { programmeId escalation { kind status resolution } } }',
    );
    const groningenRaised = collect<{ escalationRaised: unknown }>(
      connect(groningen),
      'subscription { escalationRaised { programmeId } }',
    );
    const groningenChanges = collect<{ programmeChanged: { id: string } }>(
      connect(groningen),
      'subscription { programmeChanged(programmeId: "programme-GM0014-1") { id } }',
    );
    await new Promise((r) => setTimeout(r, 500));

    // Utrecht takes its programme to EMBEDDING with an external project lead.
    const P = 'programmeId: "programme-GM0344-1"';
    await step(groningen, 'designateAdministrativeLead(programmeId: "programme-GM0014-1", input: {}) { id }');
    await step(utrecht, `designateAdministrativeLead(${P}, input: {}) { id }`);
    for (const [organisation, domain] of [
      ['Veilig Thuis', 'CARE'],
      ['Schoolbestuur', 'EDUCATION'],
      ['Politie', 'JUSTICE'],
    ]) {
      await step(utrecht, `commitPartner(${P}, input: { organisation: "${organisation}", domain: ${domain} }) { id }`);
    }
    await step(utrecht, `appointProjectLead(${P}, input: { kind: EXTERNAL }) { id }`);
    await step(utrecht, `confirmCommitment(${P}, actingAs: ADMINISTRATIVE_LEAD) { id }`);
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'])
      await step(utrecht, `recordBottleneck(${P}, input: { description: "Knelpunt", domain: ${domain} }) { id }`);
    await step(utrecht, `selectTheme(${P}, input: { theme: COLLABORATION }) { id }`);
    const added = await step(
      utrecht,
      `addAction(${P}, input: { title: "Ketenoverleg", theme: COLLABORATION, ownerOrganisation: "Politie" }) { agenda { actions { id } } }`,
    );
    const actionId = added.addAction.agenda.actions[0].id as string;
    await step(utrecht, `confirmSupport(${P}, input: { organisation: "Politie", level: PROFESSIONAL }) { id }`);
    await step(utrecht, `confirmSupport(${P}, input: { organisation: "Politie", level: MANAGEMENT }) { id }`);
    await step(utrecht, `adoptAgenda(${P}, actingAs: ADMINISTRATIVE_LEAD) { id }`);
    await step(utrecht, `updateActionStatus(${P}, input: { actionId: "${actionId}", status: DONE }) { id }`);
    await step(utrecht, `completeExecution(${P}) { id }`);
    // R4.3: the external lead leaves with embedding open → a level-2 escalation at once.
    await step(utrecht, `recordLeadDeparture(${P}) { id }`);

    await expect
      .poll(() => utrechtRaised.events.map((e) => e.escalationRaised), { timeout: 15_000 })
      .toEqual([
        { programmeId: 'programme-GM0344-1', escalation: { level: 2, kind: 'LEAD_DEPARTED', ruleId: 'R4.3' } },
      ]);
    await expect
      .poll(() => utrechtChanges.events.some((e) => e.programmeChanged.version >= 16), { timeout: 15_000 })
      .toBe(true);
    expect(new Set(utrechtChanges.events.map((e) => e.programmeChanged.id))).toEqual(new Set(['programme-GM0344-1']));
    // Groningen asked for its own programme and got exactly its own change, nothing of Utrecht.
    await expect.poll(() => groningenChanges.events.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new Set(groningenChanges.events.map((e) => e.programmeChanged.id))).toEqual(new Set(['programme-GM0014-1']));
    expect(utrechtChanges.errors).toEqual([]);

    // Progress on the embedding (an internal owner named) resolves it: escalationResolved.
    await step(utrecht, `nameEmbeddingOwner(${P}, input: { role: "beleidsambtenaar jeugd" }) { id }`);
    await expect
      .poll(() => utrechtResolved.events.map((e) => e.escalationResolved), { timeout: 15_000 })
      .toEqual([
        {
          programmeId: 'programme-GM0344-1',
          escalation: expect.objectContaining({ kind: 'LEAD_DEPARTED', status: 'RESOLVED' }),
        },
      ]);
    // Groningen never heard of Utrecht's escalation.
    expect(groningenRaised.events).toEqual([]);
  }, 120_000);

  it('ends the connection with 4403 when its token expires: events before exp, none after', async () => {
    const secret = launcherSecret(launcher.dataDir);
    const claims = { sub: 'gemeente-amsterdam', role: 'MUNICIPALITY', municipalities: ['GM0363'] };
    const lasting = await mintToken(secret, claims);
    const short = await mintToken(secret, claims, { expiresIn: 6 });
    const expiresAt = expOf(short);
    const closes: Array<{ code: number; reason: string; at: number }> = [];
    const client = createClient({
      url: `${launcher.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${short}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        closed: (e) => {
          const { code, reason } = e as { code: number; reason: string };
          closes.push({ code, reason, at: Date.now() });
        },
      },
    });
    clients.push(client);
    const arrivals: number[] = [];
    const sink = collect<{ programmeChanged: { id: string } }>(
      client,
      'subscription { programmeChanged(programmeId: "programme-GM0363-1") { id } }',
    );
    const arrived = sink.events.push.bind(sink.events);
    sink.events.push = (...items) => (arrivals.push(Date.now()), arrived(...items));
    await new Promise((r) => setTimeout(r, 500));

    await step(lasting, 'startProgramme(municipalityCode: "GM0363") { id }');
    await expect.poll(() => sink.events.length, { timeout: 4_000 }).toBeGreaterThan(0);
    expect(Math.max(...arrivals)).toBeLessThan(expiresAt);

    await expect.poll(() => closes.length, { timeout: 15_000 }).toBe(1);
    expect(closes[0]).toMatchObject({ code: 4403, reason: expect.stringMatching(/verlopen/) });
    // At exp (the client's clock sees the close a little later), never later than the clock tolerance.
    expect(closes[0]!.at).toBeGreaterThanOrEqual(expiresAt - 50);
    expect(closes[0]!.at).toBeLessThan(expiresAt + 30_000);

    // A change after expiry reaches nobody on that connection.
    const before = sink.events.length;
    await step(lasting, 'designateAdministrativeLead(programmeId: "programme-GM0363-1", input: {}) { id }');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sink.events.length).toBe(before);
    expect(arrivals.filter((at) => at >= expiresAt)).toEqual([]);
  }, 60_000);

  it('ends a connection that never subscribes with 4403 when its token expires (armed at connection_init)', async () => {
    const secret = launcherSecret(launcher.dataDir);
    const short = await mintToken(
      secret,
      { sub: 'gemeente-den-haag', role: 'MUNICIPALITY', municipalities: ['GM0518'] },
      { expiresIn: 4 },
    );
    const expiresAt = expOf(short);
    const events: string[] = [];
    const closes: Array<{ code: number; reason: string; at: number }> = [];
    const client = createClient({
      url: `${launcher.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${short}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        connected: () => events.push('connected'),
        closed: (e) => {
          const { code, reason } = e as { code: number; reason: string };
          closes.push({ code, reason, at: Date.now() });
        },
      },
    });
    clients.push(client);

    await expect.poll(() => events, { timeout: 5_000 }).toEqual(['connected']);
    await expect.poll(() => closes.length, { timeout: 15_000 }).toBe(1);
    expect(closes[0]).toMatchObject({ code: 4403, reason: expect.stringMatching(/verlopen/) });
    expect(closes[0]!.at).toBeGreaterThanOrEqual(expiresAt - 50);
    expect(closes[0]!.at).toBeLessThan(expiresAt + 5_000);
  }, 30_000);

  it('lets a client re-authenticate by reconnecting with a fresh token after 4403', async () => {
    const secret = launcherSecret(launcher.dataDir);
    const claims = { sub: 'gemeente-rotterdam', role: 'MUNICIPALITY', municipalities: ['GM0599'] };
    const tokens = [await mintToken(secret, claims, { expiresIn: 4 })];
    const codes: number[] = [];
    const client = createClient({
      url: `${launcher.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      // graphql-ws asks again on every (re)connection: the place to fetch a fresh token.
      connectionParams: async () => ({ authorization: `Bearer ${tokens.at(-1)}` }),
      retryAttempts: 1,
      retryWait: async () => {
        tokens.push(await mintToken(secret, claims));
      },
      lazy: false,
      on: { closed: (e) => codes.push((e as { code: number }).code) },
    });
    clients.push(client);
    const sink = collect<{ programmeChanged: { id: string } }>(
      client,
      'subscription { programmeChanged(programmeId: "programme-GM0599-1") { id } }',
    );
    await expect.poll(() => codes, { timeout: 15_000 }).toEqual([4403]);
    await new Promise((r) => setTimeout(r, 1_000));
    await step(await mintToken(secret, claims), 'startProgramme(municipalityCode: "GM0599") { id }');
    await expect.poll(() => sink.events.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(tokens).toHaveLength(2);
    expect(sink.errors).toEqual([]);
  }, 60_000);

  it('refuses a subscription without a valid token', async () => {
    const client = createClient({
      url: `${launcher.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer not-a-token' },
      retryAttempts: 0,
    });
    clients.push(client);
    const sink = collect<unknown>(client, 'subscription { programmeChanged { id } }');
    await expect.poll(() => sink.errors.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(sink.events).toEqual([]);
  });
});
