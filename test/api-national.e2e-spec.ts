import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../apps/seed/src/seed-demo';
import type { PhaseStay, ProgrammeState } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret, mintToken } from './support/tokens';

// docs/rules.md "National view" and "Indicators", over HTTP against `npm start`'s launcher: programmes
// are driven through the real workflows by the demo seed, and every figure is checked against
// the read model read directly from its SQLite file.

const HEERLEN = 'GM0917'; // pioneer collective, in CONTINUATION with quarterly indicators
const DEN_HAAG = 'GM0518'; // external lead left during embedding: R4.3 escalation at level 2
const UTRECHT = 'GM0344'; // in EXECUTION
const GRONINGEN = 'GM0014'; // in COMMITMENT, looking for a mentor

let launcher: Launcher;
let token: string;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  token = await launcher.token();
  await seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token,
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    only: [HEERLEN, DEN_HAAG, UTRECHT, GRONINGEN],
    log: () => {},
  });
}, 300_000);

afterAll(async () => {
  await launcher?.dispose();
});

const ask = async <T>(query: string, as = token) => {
  const res = await graphql<T>(launcher.apiUrl, query, undefined, { token: as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

/** The read model, read directly. */
function readModel<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const states = () =>
  readModel<{ state: string }>('SELECT state FROM programme').map((r) => JSON.parse(r.state) as ProgrammeState);

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const m = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
};

interface Overview {
  total: number;
  stalled: number;
  startedPerQuarter: Array<{ key: string; count: number }>;
  openEscalationsByLevel: Array<{ level: number; count: number }>;
  medianDaysInPhase: Array<{ phase: string; programmes: number; medianDays: number | null }>;
  schoolYearsMissed: number;
  programmesMissingSchoolYear: number;
  indicatorsPerQuarter: Array<{
    quarter: string;
    programmes: number;
    repeatReports: number;
    professionalsTrained: number;
    schoolsReached: number;
  }>;
  mentorPairings: number;
  municipalitiesReached: number;
  municipalitiesPerQuarter: Array<{ key: string; count: number }>;
}
const OVERVIEW = `{ nationalOverview { total stalled startedPerQuarter { key count } openEscalationsByLevel { level count }
  medianDaysInPhase { phase programmes medianDays } schoolYearsMissed programmesMissingSchoolYear
  indicatorsPerQuarter { quarter programmes repeatReports professionalsTrained schoolsReached } mentorPairings
  municipalitiesReached municipalitiesPerQuarter { key count } } }`;

describe('national view over GraphQL (docs/rules.md "National view")', () => {
  it('the overview’s phase durations, indicators, missed school years and mentors equal the read model', async () => {
    const { nationalOverview: o } = await ask<{ nationalOverview: Overview }>(OVERVIEW);
    const all = states();
    expect(o.total).toBe(all.length);
    const stays = all.flatMap((s) => s.phaseHistory ?? []).filter((s): s is Required<PhaseStay> => Boolean(s.leftAt));
    for (const row of o.medianDaysInPhase) {
      const days = stays
        .filter((s) => s.phase === row.phase)
        .map((s) => (Date.parse(s.leftAt) - Date.parse(s.enteredAt)) / DAY_MS);
      expect(row, row.phase).toEqual({ phase: row.phase, programmes: days.length, medianDays: median(days) });
    }
    // The pioneer went all the way: every phase up to CONTINUATION was left by someone.
    expect(o.medianDaysInPhase.filter((r) => r.programmes > 0).map((r) => r.phase)).toEqual([
      'COMMITMENT',
      'AGENDA',
      'EXECUTION',
      'EMBEDDING',
    ]);

    const quarters = [...new Set(all.flatMap((s) => s.indicators.map((r) => r.period)))]
      .filter((p) => p.includes('-Q'))
      .sort();
    expect(quarters.length).toBeGreaterThan(0);
    expect(o.indicatorsPerQuarter.map((q) => q.quarter)).toEqual(quarters);
    for (const q of o.indicatorsPerQuarter) {
      const reports = all.flatMap((s) => s.indicators.filter((r) => r.period === q.quarter));
      expect(q).toEqual({
        quarter: q.quarter,
        programmes: reports.length,
        repeatReports: reports.reduce((n, r) => n + (r.repeatReports ?? 0), 0),
        professionalsTrained: reports.reduce((n, r) => n + (r.professionalsTrained ?? 0), 0),
        schoolsReached: reports.reduce((n, r) => n + (r.schoolsReached ?? 0), 0),
      });
    }
    expect(o.schoolYearsMissed).toBe(all.reduce((n, s) => n + (s.training?.missedYears.length ?? 0), 0));
    expect(o.programmesMissingSchoolYear).toBe(all.filter((s) => (s.training?.missedYears.length ?? 0) > 0).length);
    expect(o.mentorPairings).toBe(all.filter((s) => s.mentor).length);
    // Programmes that began before Olievlek count in the quarter they really began.
    const heerlen = all.find((s) => s.municipalityCode === HEERLEN)!;
    expect(heerlen.startedAt < '2017-01-01').toBe(true);
    expect(heerlen.registeredAt! > heerlen.startedAt).toBe(true);
  });

  it('the escalation queue and the stalled programmes are the read model’s unresolved escalations, by level then age', async () => {
    const { escalationQueue, stalledProgrammes } = await ask<{
      escalationQueue: Array<{
        id: string;
        programmeId: string;
        level: number;
        kind: string;
        ruleId: string | null;
        raisedAt: string;
        municipality: { name: string };
      }>;
      stalledProgrammes: Array<{ id: string; municipalityCode: string; openEscalationLevel: number }>;
    }>(
      '{ escalationQueue { id programmeId level kind ruleId raisedAt municipality { name } } stalledProgrammes { id municipalityCode openEscalationLevel } }',
    );
    const open = readModel<{ id: string; level: number; raised_at: string }>(
      `SELECT e.id, e.level, e.raised_at FROM escalation_outbox e JOIN programme p ON p.id = e.programme_id
        WHERE e.status <> 'RESOLVED' AND p.status IN ('ACTIVE', 'PAUSED') ORDER BY e.level DESC, e.raised_at ASC, e.id ASC`,
    );
    expect(escalationQueue.map((e) => e.id)).toEqual(open.map((e) => e.id));
    const departed = escalationQueue.find((e) => e.kind === 'LEAD_DEPARTED');
    expect(departed).toMatchObject({ level: 2, ruleId: 'R4.3', municipality: { name: "'s-Gravenhage" } });

    const stalled = readModel<{ id: string; level: number }>(
      'SELECT id, open_escalation_level AS level FROM programme WHERE open_escalation_level > 0',
    );
    expect(stalledProgrammes.map((p) => p.id).sort()).toEqual(stalled.map((p) => p.id).sort());
    expect(stalledProgrammes.map((p) => p.openEscalationLevel)).toEqual(
      [...stalledProgrammes.map((p) => p.openEscalationLevel)].sort((a, b) => b - a),
    );
    expect(stalledProgrammes.find((p) => p.municipalityCode === DEN_HAAG)?.openEscalationLevel).toBe(2);
  });

  it('suggests the collectives as mentors, nearest first, and records a pairing; a municipality still in execution cannot mentor', async () => {
    const groningen = `programme-${GRONINGEN}-1`;
    const { mentorSuggestions } = await ask<{
      mentorSuggestions: Array<{
        kind: string;
        municipalityCode: string;
        name: string;
        distanceKm: number;
        sameRegion: boolean;
      }>;
    }>(
      `{ mentorSuggestions(programmeId: "${groningen}", first: 3) { kind municipalityCode name distanceKm sameRegion } }`,
    );
    // No pioneer shares Groningen's Veilig Thuis region; the Frisian collective is nearest.
    expect(mentorSuggestions).toHaveLength(3);
    expect(mentorSuggestions[0]).toMatchObject({
      kind: 'PIONEER',
      municipalityCode: 'GM0080',
      name: 'Collectief Leeuwarden/Weststellingwerf',
      sameRegion: false,
    });
    expect(mentorSuggestions.map((s) => s.distanceKm)).toEqual(
      [...mentorSuggestions.map((s) => s.distanceKm)].sort((a, b) => a - b),
    );

    const before = launcher.workflowVersion(`programme-${UTRECHT}-1`);
    const refused = await graphql(
      launcher.apiUrl,
      `mutation { recordMentorPairing(programmeId: "${groningen}", input: { mentorMunicipalityCode: "${UTRECHT}" }) { id } }`,
      undefined,
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    expect(refused.errors?.[0]?.message).toContain('kan (nog) geen mentor zijn');
    expect(launcher.workflowVersion(`programme-${UTRECHT}-1`)).toBe(before);

    const { recordMentorPairing } = await ask<{
      recordMentorPairing: {
        mentor: { kind: string; municipalityCode: string; name: string; by: { role: string } };
        timeline: Array<{ event: string }>;
      };
    }>(
      `mutation { recordMentorPairing(programmeId: "${groningen}", input: { mentorMunicipalityCode: "GM0080", note: "Dichtstbijzijnde Collectief" }) {
        mentor { kind municipalityCode name by { role } } timeline { event } } }`,
    );
    expect(recordMentorPairing.mentor).toEqual({
      kind: 'PIONEER',
      municipalityCode: 'GM0080',
      name: 'Collectief Leeuwarden/Weststellingwerf',
      by: { role: 'KWARTIERMAKER' },
    });
    expect(recordMentorPairing.timeline.at(-1)?.event).toBe('recordMentorPairing');
    // The pioneer now in CONTINUATION is offered once, as its collective.
    const again = await ask<{ mentorSuggestions: Array<{ municipalityCode: string }> }>(
      `{ mentorSuggestions(programmeId: "${groningen}", first: 20) { municipalityCode } }`,
    );
    expect(again.mentorSuggestions.filter((s) => s.municipalityCode === HEERLEN)).toHaveLength(1);
  });

  it('startProgramme(startedOn) puts a programme that began before Olievlek in its real quarter; a date before 2015 starts nothing', async () => {
    const wrong = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM1680", startedOn: "2014-12-31") { id } }',
      undefined,
      { token },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(wrong.errors?.[0]?.message).toContain('2015-01-01');
    expect(
      (await ask<{ programme: unknown }>('{ programme(municipalityCode: "GM1680") { id } }')).programme,
    ).toBeNull();

    const { startProgramme } = await ask<{
      startProgramme: { startedAt: string; registeredAt: string; phaseHistory: Array<{ phase: string }> };
    }>(
      'mutation { startProgramme(municipalityCode: "GM1680", startedOn: "2016-05-01") { startedAt registeredAt phaseHistory { phase } } }',
    );
    expect(startProgramme.startedAt).toBe('2016-04-30T22:00:00.000Z'); // midnight in Amsterdam (CEST)
    expect(Date.now() - Date.parse(startProgramme.registeredAt)).toBeLessThan(60_000);
    expect(startProgramme.phaseHistory).toEqual([{ phase: 'COMMITMENT' }]);
    // Projected asynchronously: the figures compared below wait for it.
    await expect
      .poll(() => readModel('SELECT id FROM programme WHERE municipality_code = ?', 'GM1680').length, {
        timeout: 30_000,
      })
      .toBe(1);
  });
});

describe('CSV export for reporting upwards', () => {
  const download = (path: string, as?: string) =>
    fetch(`${launcher.apiUrl}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });

  it('the overview as CSV holds the same figures as nationalOverview', async () => {
    const res = await download('/export/overview.csv', token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    const body = new TextDecoder().decode(bytes);
    const rows = parse(body, { columns: true, bom: true }) as Array<{ figure: string; key: string; value: string }>;
    const { nationalOverview: o } = await ask<{ nationalOverview: Overview }>(OVERVIEW);
    const value = (figure: string, key = '') => rows.find((r) => r.figure === figure && r.key === key)?.value;
    expect(value('total')).toBe(String(o.total));
    expect(value('stalled')).toBe(String(o.stalled));
    for (const q of o.startedPerQuarter) expect(value('startedPerQuarter', q.key)).toBe(String(q.count));
    for (const l of o.openEscalationsByLevel)
      expect(value('openEscalationsByLevel', String(l.level))).toBe(String(l.count));
    for (const m of o.medianDaysInPhase)
      expect(value('medianDaysInPhase', m.phase)).toBe(m.medianDays === null ? '' : String(m.medianDays));
    for (const q of o.indicatorsPerQuarter) expect(value('repeatReports', q.quarter)).toBe(String(q.repeatReports));
    expect(value('mentorPairings')).toBe(String(o.mentorPairings));
    // C4 (issue 17): the municipalities reached and their spread curve, as on the screen: every lead
    // and every member that has not left (Heerlen's collective alone reaches seven municipalities).
    const reached = new Set(
      states().flatMap((s) => [
        s.municipalityCode,
        ...(s.collectiveMembers ?? []).filter((m) => !m.leftAt).map((m) => m.municipalityCode),
      ]),
    );
    expect(reached.size).toBeGreaterThanOrEqual(7);
    expect(o.municipalitiesReached).toBe(reached.size);
    expect(value('municipalitiesReached')).toBe(String(o.municipalitiesReached));
    expect(rows.filter((r) => r.figure === 'municipalitiesPerQuarter')).toEqual(
      o.municipalitiesPerQuarter.map((q) => ({
        figure: 'municipalitiesPerQuarter',
        key: q.key,
        value: String(q.count),
      })),
    );
    expect(o.municipalitiesPerQuarter.reduce((n, q) => n + q.count, 0)).toBe(o.municipalitiesReached);
    // Figures added later come last: the lines a spreadsheet already reads keep their place.
    expect(rows.slice(-1 - o.municipalitiesPerQuarter.length).map((r) => r.figure)).toEqual([
      'municipalitiesReached',
      ...o.municipalitiesPerQuarter.map(() => 'municipalitiesPerQuarter'),
    ]);
  });

  it('the programme list as CSV has one line per programme the caller may see', async () => {
    const all = readModel<{ id: string; phase: string }>('SELECT id, phase FROM programme');
    const body = await (await download('/export/programmes.csv', token)).text();
    const rows = parse(body, { columns: true, bom: true }) as Array<Record<string, string>>;
    // Columns added later come last (issue 17: the collective's members, C1/C4).
    const header = (parse(body, { bom: true, to_line: 1 }) as string[][])[0]!;
    expect(header.slice(-2)).toEqual(['mentorMunicipalityCode', 'memberMunicipalityCodes']);
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    const heerlen = rows.find((r) => r.municipalityCode === HEERLEN)!;
    expect(heerlen).toMatchObject({ municipality: 'Heerlen', province: 'Limburg', phase: 'CONTINUATION' });
    const denHaag = rows.find((r) => r.municipalityCode === DEN_HAAG)!;
    expect(denHaag.openEscalationLevel).toBe('2');
    expect(denHaag.riskFlags.split(' ')).toContain('LEAD_DEPARTED');

    // C1/C4: every programme's members that have not left, as GraphQL's memberMunicipalityCodes,
    // space-separated like riskFlags: Heerlen's six Parkstad municipalities, nobody for the others.
    const { programmes } = await ask<{
      programmes: { edges: Array<{ node: { id: string; memberMunicipalityCodes: string[] } }> };
    }>('{ programmes(first: 100) { edges { node { id memberMunicipalityCodes } } } }');
    expect(programmes.edges).toHaveLength(rows.length);
    for (const { node } of programmes.edges)
      expect(rows.find((r) => r.id === node.id)?.memberMunicipalityCodes, node.id).toBe(
        node.memberMunicipalityCodes.join(' '),
      );
    expect(heerlen.memberMunicipalityCodes.split(' ')).toHaveLength(6);
    expect(rows.find((r) => r.municipalityCode === UTRECHT)?.memberMunicipalityCodes).toBe('');

    const utrechtToken = await mintToken(launcherSecret(launcher.dataDir), {
      sub: 'gemeente-utrecht',
      role: 'MUNICIPALITY',
      municipalities: [UTRECHT],
    });
    const own = parse(await (await download('/export/programmes.csv', utrechtToken)).text(), {
      columns: true,
      bom: true,
    }) as Array<Record<string, string>>;
    expect(own.map((r) => r.municipalityCode)).toEqual([UTRECHT]);
  });

  it('without a valid token there is nothing to download: 401 with a Dutch sentence', async () => {
    for (const path of ['/export/overview.csv', '/export/programmes.csv']) {
      const res = await download(path);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('UNAUTHENTICATED');
      expect(body.message).toMatch(/token|aanmelden|inloggen/i);
      expect((await download(path, 'not-a-token')).status).toBe(401);
    }
  });
});
