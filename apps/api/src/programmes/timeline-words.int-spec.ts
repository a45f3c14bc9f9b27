import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceTime, decide, startProgramme, type Command, type ProgrammeState } from '../../../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { freePort } from '../../../../test/support/free-port';
import { launcherSecret, mintToken } from '../../../../test/support/tokens';
import { createApiApp } from '../app';
import { loadApiConfig } from '../config';

// Issue 15, "Language and figures": the timeline and the escalations a user reads carry no codes
// (CARE, SIGNALLING, MANAGEMENT, ADMINISTRATIVE…), in Dutch and in English. The state is the
// domain's own, projected into a SQLite read model; the API renders what it stored when it is read.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-timeline-words-'));
let app: NestFastifyApplication;
let apiUrl: string;
let token: string;

const T0 = Date.parse('2026-09-01T08:00:00.000Z');
const lead = { role: 'PROJECT_LEAD' as const };
const step = (s: ProgrammeState, c: Command, at: number): ProgrammeState => {
  const out = decide(s, c, at);
  if (!out.ok) throw new Error(`${c.type}: ${out.error.message}`);
  return out.value;
};

function programme(): ProgrammeState {
  const started = startProgramme({ programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1 }, T0);
  if (!started.ok) throw new Error(started.error.message);
  let s = started.value;
  s = step(
    s,
    { type: 'commitPartner', organisation: 'Veilig Thuis Amsterdam', domain: 'CARE', actor: lead },
    T0 + 1000,
  );
  s = step(s, { type: 'appointProjectLead', kind: 'EXTERNAL', actor: lead }, T0 + 2000);
  s = step(s, { type: 'recordRecommendation', item: 'MAYOR_CONSULTED', actor: lead }, T0 + 3000);
  // Seven weeks without the commitment confirmed: level 1 of the ladder (6 weeks, DOMAIN "Stalls and escalations").
  return advanceTime(s, T0 + 7 * 7 * 86_400_000);
}

async function read(language: 'nl' | 'en'): Promise<{ summaries: string[]; messages: string[] }> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language },
    body: JSON.stringify({
      query: '{ programme(id: "programme-GM0363-1") { timeline { event summary } escalations { message } } }',
    }),
  });
  const body = (await res.json()) as {
    data?: { programme: { timeline: { event: string; summary: string }[]; escalations: { message: string }[] } };
    errors?: unknown[];
  };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return {
    summaries: body.data!.programme.timeline.map((t) => t.summary),
    messages: body.data!.programme.escalations.map((e) => e.message),
  };
}

const CODES = /\b(CARE|EXTERNAL|MAYOR_CONSULTED|REMINDER|ADMINISTRATIVE|NATIONAL|COMMITMENT)\b/;

beforeAll(async () => {
  const databaseUrl = join(dataDir, 'api.sqlite');
  const db = await openDataSource({ url: databaseUrl });
  await migrate(db);
  await new ProgrammeReadModel(db).upsert(programme());
  await db.destroy();
  const config = loadApiConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  token = await mintToken(launcherSecret(dataDir), { sub: 'timeline-spec', role: 'KWARTIERMAKER' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Programme.timeline and escalations in words', () => {
  it('Dutch: partner domain, lead kind, recommendation and ladder level in Dutch words', async () => {
    const { summaries, messages } = await read('nl');
    for (const line of [...summaries, ...messages]) expect(line, line).not.toMatch(CODES);
    expect(summaries).toContain('Veilig Thuis Amsterdam (zorg) heeft zich gecommitteerd.');
    expect(summaries).toContain('Projectleider aangesteld (extern).');
    expect(summaries).toContain('Aanbeveling opgevolgd: burgemeester geraadpleegd.');
    expect(summaries.some((s) => s.startsWith('Herinnering (niveau 1): Geen voortgang op'))).toBe(true);
    expect(messages).toHaveLength(1);
  });

  it('English: the same lines in English, as specific as the Dutch', async () => {
    const { summaries, messages } = await read('en');
    for (const line of [...summaries, ...messages]) expect(line, line).not.toMatch(CODES);
    expect(summaries).toContain('Programme started in the Commitment phase.');
    expect(summaries).toContain('Veilig Thuis Amsterdam (care) has committed.');
    expect(summaries).toContain('Project lead appointed (external).');
    expect(summaries).toContain('Recommendation followed up: mayor consulted.');
    expect(messages).toEqual([
      'No progress on the commitment (administrative support): reminder to the project lead (level 1).',
    ]);
    expect(summaries).toContain(`Reminder (level 1): ${messages[0]}`);
  });
});
