import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';
import { grantOnLauncher } from './support/scripted-roles';
import { launcherSecret, mintToken } from './support/tokens';

// The lifecycle over GraphQL against the real product (npm start: dev server, worker, API):
// the README walk-through, tenant isolation per role, and refused steps.

const run = promisify(execFile);
let launcher: Launcher;
let kwartiermaker: string;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  kwartiermaker = await launcher.token();
}, 120_000);

afterAll(async () => {
  await launcher?.dispose();
});

const token = (claims: Record<string, unknown>) => mintToken(launcherSecret(launcher.dataDir), claims);
const as = (t: string) => ({ token: t });

describe('README walk-through', () => {
  it('a programme manager takes Amsterdam from startProgramme to CONTINUATION over GraphQL (infra/walkthrough.sh)', async () => {
    const pm = await token({ sub: 'pm-amsterdam', role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-1'] });
    const { stdout } = await run(
      'bash',
      [join(__dirname, '..', 'infra', 'walkthrough.sh'), 'GM0363', `${launcher.apiUrl}/graphql`],
      {
        // The script grants the token's person the alderman's and partner's roles in this data folder (P1).
        env: { ...process.env, WALKTHROUGH_TOKEN: pm, OLIEVLEK_DATA_DIR: launcher.dataDir },
        timeout: 120_000,
      },
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('CONTINUATION');
    const res = await graphql<{
      programme: { phase: string; timeline: { event: string; by: { role: string; name: string } }[] };
    }>(
      launcher.apiUrl,
      '{ programme(id: "programme-GM0363-1") { phase timeline { event by { role name } } } }',
      undefined,
      as(pm),
    );
    expect(res.data?.programme.phase).toBe('CONTINUATION');
    const adopt = res.data!.programme.timeline.find((t) => t.event === 'adoptAgenda');
    expect(adopt?.by).toEqual({ role: 'ADMINISTRATIVE_LEAD', name: 'pm-amsterdam' });
  }, 180_000);
});

describe('schema', () => {
  it('describes every type, field and input field (Dutch, with the domain terms)', async () => {
    const res = await graphql<{
      __schema: {
        types: Array<{
          name: string;
          kind: string;
          description: string | null;
          fields: Array<{ name: string; description: string | null }> | null;
          inputFields: Array<{ name: string; description: string | null }> | null;
          enumValues: Array<{ name: string; description: string | null }> | null;
        }>;
      };
    }>(
      launcher.apiUrl,
      '{ __schema { types { name kind description fields { name description } inputFields { name description } } } }',
      undefined,
      as(kwartiermaker),
    );
    const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'Subscription']);
    const own = res.data!.__schema.types.filter((t) => !t.name.startsWith('__') && !builtIn.has(t.name));
    const undescribed = [
      ...own.filter((t) => !t.description).map((t) => t.name),
      ...res
        .data!.__schema.types.filter((t) => !t.name.startsWith('__'))
        .flatMap((t) =>
          [...(t.fields ?? []), ...(t.inputFields ?? [])]
            .filter((f) => !f.description)
            .map((f) => `${t.name}.${f.name}`),
        ),
    ];
    expect(undescribed).toEqual([]);
    expect(own.find((t) => t.name === 'Theme')?.description).toContain('verbeteragenda');
  });
});

describe('authentication', () => {
  it.each([
    ['no token', undefined],
    ['a forged token', 'x'],
    ['an expired token', 'expired'],
    ['a token signed with another secret', 'other'],
  ])('answers %s with UNAUTHENTICATED and starts nothing', async (_case, kind) => {
    let t: string | undefined;
    if (kind === 'x') t = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IktXQVJUSUVSTUFLRVIifQ.';
    if (kind === 'expired')
      t = await mintToken(
        launcherSecret(launcher.dataDir),
        { sub: 'x', role: 'KWARTIERMAKER' },
        { expiresIn: 60, issuedAt: new Date(Date.now() - 3600_000) },
      );
    if (kind === 'other')
      t = await mintToken('another-secret-that-is-long-enough-to-be-used-here!!', { sub: 'x', role: 'KWARTIERMAKER' });
    const res = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0014") { id } }',
      undefined,
      t ? { token: t } : {},
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const check = await graphql<{ programme: unknown }>(
      launcher.apiUrl,
      '{ programme(municipalityCode: "GM0014") { id } }',
      undefined,
      as(kwartiermaker),
    );
    expect(check.data?.programme).toBeNull();
  });
});

describe('tenant isolation', () => {
  let utrecht: string;
  let groningen: string;
  beforeAll(async () => {
    utrecht = await token({ sub: 'gemeente-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] });
    groningen = await token({ sub: 'gemeente-groningen', role: 'MUNICIPALITY', municipalities: ['GM0014'] });
    for (const [code, t] of [
      ['GM0344', utrecht],
      ['GM0014', groningen],
    ] as const) {
      const res = await graphql(
        launcher.apiUrl,
        `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
        undefined,
        as(t),
      );
      expect(res.errors).toBeUndefined();
    }
  });

  it('a municipality sees and changes only its own programme; another tenant’s is indistinguishable from a missing one', async () => {
    const own = await graphql<{ programme: { id: string } }>(
      launcher.apiUrl,
      '{ programme(id: "programme-GM0344-1") { id municipality { name } } }',
      undefined,
      as(utrecht),
    );
    expect(own.data?.programme.id).toBe('programme-GM0344-1');
    const other = await graphql<{ programme: unknown }>(
      launcher.apiUrl,
      '{ programme(id: "programme-GM0014-1") { id } }',
      undefined,
      as(utrecht),
    );
    expect(other.data?.programme).toBeNull();
    const otherByCode = await graphql(
      launcher.apiUrl,
      '{ programme(municipalityCode: "GM0014") { id } }',
      undefined,
      as(utrecht),
    );
    const missingByCode = await graphql(
      launcher.apiUrl,
      '{ programme(municipalityCode: "GM0003") { id } }',
      undefined,
      as(utrecht),
    );
    expect(otherByCode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(otherByCode.errors?.[0]?.message.replace('GM0014', 'X')).toBe(
      missingByCode.errors?.[0]?.message.replace('GM0003', 'X'),
    );
    expect(JSON.stringify(otherByCode)).not.toContain('Groningen');

    const step = await graphql(
      launcher.apiUrl,
      'mutation { designateAdministrativeLead(programmeId: "programme-GM0014-1", input: {}) { id } }',
      undefined,
      as(utrecht),
    );
    const missingStep = await graphql(
      launcher.apiUrl,
      'mutation { designateAdministrativeLead(programmeId: "programme-GM0003-1", input: {}) { id } }',
      undefined,
      as(utrecht),
    );
    expect(step.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(step.errors?.[0]?.message.replace('GM0014', 'X')).toBe(
      missingStep.errors?.[0]?.message.replace('GM0003', 'X'),
    );
    const start = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0014") { id } }',
      undefined,
      as(utrecht),
    );
    expect(start.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Groningen's programme did not change.
    const groningenView = await graphql<{
      programme: { version: number; commitment: { administrativeLead: unknown } };
    }>(
      launcher.apiUrl,
      '{ programme(id: "programme-GM0014-1") { version commitment { administrativeLead { designatedAt } } } }',
      undefined,
      as(groningen),
    );
    expect(groningenView.data?.programme.commitment.administrativeLead).toBeNull();
  });

  it('lists and counts only what the caller may see; a kwartiermaker sees every programme', async () => {
    const list = async (t: string, filter = '') =>
      (
        await graphql<{ programmes: { totalCount: number; edges: { node: { id: string } }[] } }>(
          launcher.apiUrl,
          `{ programmes(first: 50${filter}) { totalCount edges { node { id } } } }`,
          undefined,
          as(t),
        )
      ).data!.programmes;
    expect(await list(utrecht)).toEqual({ totalCount: 1, edges: [{ node: { id: 'programme-GM0344-1' } }] });
    expect(await list(utrecht, ', filter: { municipalityCode: "GM0014" }')).toEqual({ totalCount: 0, edges: [] });
    const pm = await token({ sub: 'pm', role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0014-1'] });
    expect((await list(pm)).edges.map((e) => e.node.id)).toEqual(['programme-GM0014-1']);
    const all = await list(kwartiermaker);
    expect(all.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining(['programme-GM0344-1', 'programme-GM0014-1']),
    );
    expect(all.totalCount).toBe(all.edges.length);
  });

  it('pages with opaque cursors, filtered by province and phase', async () => {
    const page1 = await graphql<{
      programmes: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      launcher.apiUrl,
      '{ programmes(first: 1, orderBy: { field: MUNICIPALITY_NAME, direction: ASC }, filter: { phases: [COMMITMENT] }) { edges { cursor node { id municipality { name } } } pageInfo { hasNextPage endCursor } } }',
      undefined,
      as(kwartiermaker),
    );
    const first = page1.data!.programmes;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const page2 = await graphql<{ programmes: { edges: { node: { id: string } }[] } }>(
      launcher.apiUrl,
      `{ programmes(first: 1, after: "${first.pageInfo.endCursor}", orderBy: { field: MUNICIPALITY_NAME, direction: ASC }, filter: { phases: [COMMITMENT] }) { edges { node { id } } } }`,
      undefined,
      as(kwartiermaker),
    );
    expect(page2.data!.programmes.edges[0]!.node.id).not.toBe(first.edges[0]!.node.id);
    const utrechtProvince = await graphql<{ programmes: { edges: { node: { id: string } }[] } }>(
      launcher.apiUrl,
      '{ programmes(first: 10, filter: { province: "Utrecht" }) { edges { node { id } } } }',
      undefined,
      as(kwartiermaker),
    );
    expect(utrechtProvince.data!.programmes.edges.map((e) => e.node.id)).toEqual(['programme-GM0344-1']);
    const bad = await graphql(
      launcher.apiUrl,
      '{ programmes(first: 1, after: "not-a-cursor") { totalCount } }',
      undefined,
      as(kwartiermaker),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('refusals in English', () => {
  it('answers limits and malformed documents in English with Accept-Language: en, in Dutch otherwise', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: programmes(first: 1) { totalCount }`).join(' ')} }`;
    const en = await graphql(launcher.apiUrl, aliases, undefined, {
      token: kwartiermaker,
      headers: { 'accept-language': 'en' },
    });
    expect(en.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(en.errors?.[0]?.message).toBe(
      'The GraphQL request is invalid: the request uses too many aliases (at most 15).',
    );
    const nl = await graphql(launcher.apiUrl, aliases, undefined, { token: kwartiermaker });
    expect(nl.errors?.[0]?.message).toBe(
      'De GraphQL-aanvraag is ongeldig: de aanvraag gebruikt te veel aliassen (ten hoogste 15).',
    );
    const unauthenticated = await graphql(
      launcher.apiUrl,
      '{ programme(id: "programme-GM0363-1") { id } }',
      undefined,
      { headers: { 'accept-language': 'en-US' } },
    );
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unauthenticated.errors?.[0]?.message).toMatch(/token/i);
    expect(unauthenticated.errors?.[0]?.message).not.toMatch(/toegangstoken|stuur/);
  });
});

describe('refused steps', () => {
  it('a fourth theme is a RULE_VIOLATION naming R2.2, in Dutch or in English, and nothing changes', async () => {
    const t = await token({ sub: 'gemeente-arnhem', role: 'MUNICIPALITY', municipalities: ['GM0202'] });
    const P = 'programmeId: "programme-GM0202-1"';
    const step = (q: string, headers?: Record<string, string>) =>
      graphql(launcher.apiUrl, `mutation { ${q} }`, undefined, { token: t, ...(headers ? { headers } : {}) });
    expect((await step('startProgramme(municipalityCode: "GM0202") { id }')).errors).toBeUndefined();
    await step(`designateAdministrativeLead(${P}, input: {}) { id }`);
    for (const [organisation, domain] of [
      ['Veilig Thuis', 'CARE'],
      ['Schoolbestuur', 'EDUCATION'],
      ['Politie', 'JUSTICE'],
    ]) {
      await step(`commitPartner(${P}, input: { organisation: "${organisation}", domain: ${domain} }) { id }`);
    }
    await step(`appointProjectLead(${P}, input: { kind: INTERNAL }) { id }`);
    // P1: a municipal project lead may not confirm: only the alderman does, and a token cannot
    // claim the alderman's role (actingAs only chooses among roles the person holds).
    const notAlderman = await step(`confirmCommitment(${P}) { id }`);
    expect(notAlderman.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'NOT_YOUR_STEP', needs: ['ADMINISTRATIVE_LEAD'] },
    });
    const claimed = await step(`confirmCommitment(${P}, actingAs: ADMINISTRATIVE_LEAD) { id }`);
    expect(claimed.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'ROLE_NOT_HELD', actingAs: 'ADMINISTRATIVE_LEAD', holds: ['PROJECT_LEAD'] },
    });
    await grantOnLauncher(launcher, 'programme-GM0202-1', 'gemeente-arnhem', ['ADMINISTRATIVE_LEAD']);
    expect((await step(`confirmCommitment(${P}, actingAs: ADMINISTRATIVE_LEAD) { phase }`)).data).toEqual({
      confirmCommitment: { phase: 'AGENDA' },
    });
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'])
      await step(`recordBottleneck(${P}, input: { description: "Knelpunt", domain: ${domain} }) { id }`);
    for (const theme of ['SIGNALLING', 'EXPERTISE', 'COLLABORATION'])
      await step(`selectTheme(${P}, input: { theme: ${theme} }) { id }`);
    const before = launcher.workflowVersion('programme-GM0202-1');

    const nl = await step(`selectTheme(${P}, input: { theme: PREVENTION }) { id }`);
    expect(nl.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2.2' });
    expect(nl.errors?.[0]?.message).toContain("thema's");
    const en = await step(`selectTheme(${P}, input: { theme: PREVENTION }) { id }`, {
      'accept-language': 'en-GB,en;q=0.9,nl;q=0.5',
    });
    expect(en.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2.2' });
    expect(en.errors?.[0]?.message).toMatch(/1 to 3 themes/);

    const unknownEnum = await step(`selectTheme(${P}, input: { theme: GARDENING }) { id }`);
    expect(unknownEnum.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const oversized = await step(
      `recordBottleneck(${P}, input: { description: "${'x'.repeat(600)}", domain: CARE }) { id }`,
    );
    expect(oversized.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const wrongType = await step(`recordCheckIn(${P}, input: { year: "2028" }) { id }`);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');

    expect(launcher.workflowVersion('programme-GM0202-1')).toBe(before);

    // The practice library: an action adopts a known practice; practiceSpread shows where.
    const unknownPractice = await step(
      `addAction(${P}, input: { title: "X", theme: SIGNALLING, ownerOrganisation: "GGD", practiceId: "bestaat-niet" }) { id }`,
    );
    expect(unknownPractice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const library = await graphql<{ practices: { id: string; theme: string; origin: string }[] }>(
      launcher.apiUrl,
      '{ practices { id theme origin } }',
      undefined,
      { token: t },
    );
    const card = library.data!.practices.find((p) => p.id === 'amsterdam-vouwkaart-kind-veilig');
    expect(card).toMatchObject({ theme: 'SIGNALLING', origin: 'Amsterdam' });
    expect(
      (
        await step(
          `addAction(${P}, input: { title: "Vouwkaart oudersignalen", theme: SIGNALLING, ownerOrganisation: "GGD", practiceId: "${card!.id}" }) { id }`,
        )
      ).errors,
    ).toBeUndefined();
    await expect
      .poll(
        async () => {
          const spread = await graphql<{
            practiceSpread: { practice: { id: string }; adoptions: { municipalityCode: string }[] }[];
          }>(
            launcher.apiUrl,
            '{ practiceSpread { practice { id } adoptions { municipalityCode adoptedAt } } }',
            undefined,
            { token: t },
          );
          return spread.data?.practiceSpread
            .find((s) => s.practice.id === card!.id)
            ?.adoptions.map((a) => a.municipalityCode);
        },
        { timeout: 10_000 },
      )
      .toEqual(['GM0202']);
    // Elsewhere the spread is anonymous: another municipality sees when, not where.
    const utrecht = await launcher.token({ sub: 'gemeente-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] });
    const anonymous = await graphql<{
      practiceSpread: {
        practice: { id: string };
        adoptions: { municipalityCode: string | null; adoptedAt: string }[];
      }[];
    }>(launcher.apiUrl, '{ practiceSpread { practice { id } adoptions { municipalityCode adoptedAt } } }', undefined, {
      token: utrecht,
    });
    const seen = anonymous.data!.practiceSpread.find((s) => s.practice.id === card!.id)!.adoptions;
    expect(seen).toHaveLength(1);
    expect(seen[0]!.municipalityCode).toBeNull();
  }, 60_000);
});
