import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordSignIn } from './support/keycloak';
import { graphql, Launcher } from './support/launcher';

// The whole product as `npm start` runs it: Temporal dev server on SQLite, Keycloak (the realm of
// infra/keycloak), Mailpit, migrations, worker and API as separate processes, driven over HTTP only.

const START = `mutation Start($code: String!) {
  startProgramme(municipalityCode: $code) {
    id phase status startedAt
    municipality { code name province schoolHolidayRegion }
  }
}`;
const READ = `query Read($code: String!) {
  programme(municipalityCode: $code) { id phase status startedAt municipality { name province } }
}`;

type Programme = {
  id: string;
  phase: string;
  status: string;
  startedAt: string;
  municipality: { code?: string; name: string; province: string; schoolHolidayRegion?: string };
};

let launcher: Launcher;
let started: Programme;
let token: string;
/** GraphQL as a kwartiermaker (sees every programme). */
const gql = <T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>) =>
  graphql<T>(url, query, variables, { token });

function temporal(...args: string[]): string {
  return execFileSync(process.env.OLIEVLEK_TEMPORAL_CLI as string, [...args, '--address', launcher.temporalAddress], {
    encoding: 'utf8',
  });
}

const issuer = () => `${launcher.keycloakUrl}/realms/olievlek`;
const adminPasswordFile = () => join(launcher.dataDir, 'keycloak', 'admin-password');

/** The first line an SMTP server says to a new connection. */
function smtpGreeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(5000, () => socket.destroy(new Error('no SMTP greeting')));
    socket.once('data', (d: Buffer) => {
      socket.end('QUIT\r\n');
      resolve(d.toString());
    });
    socket.once('error', reject);
  });
}

function workflowIds(): string[] {
  const listed = JSON.parse(temporal('workflow', 'list', '-o', 'json')) as { execution: { workflowId: string } }[];
  return listed.map((w) => w.execution.workflowId);
}

function programmeRows(): { id: string; phase: string }[] {
  const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT id, phase FROM programme ORDER BY id').all() as { id: string; phase: string }[];
  } finally {
    db.close();
  }
}

/** The `ready in N s` of the launcher's last ready block, in seconds. */
const readyTime = () => Number([...launcher.output.matchAll(/ready in ([\d.]+) s/g)].at(-1)![1]);

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  console.log(`npm start (first start of this data folder): ${/ready in .*/.exec(launcher.output)![0]}`);
  token = await launcher.token();
}, 330_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('npm start: the vertical slice', () => {
  it('answers /health with 200 when the database and Temporal are up', async () => {
    const res = await fetch(`${launcher.apiUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', temporal: 'up' });
  });

  it('prints the metrics URL: its own loopback listener, not the API port', async () => {
    const metricsUrl = `http://127.0.0.1:${launcher.ports.metrics}/metrics`;
    expect(launcher.output).toContain(`Metrics      ${metricsUrl}`);
    expect((await fetch(metricsUrl)).status).toBe(200);
    expect((await fetch(`${launcher.apiUrl}/metrics`)).status).toBe(404);
  });

  it('prints every URL a person needs, the demo sign-ins and the ready time', () => {
    const out = launcher.output;
    const api = launcher.apiUrl;
    expect(out).toContain(`Sign in      ${api}/auth/login`);
    expect(out).toContain(`GraphQL      ${api}/graphql`);
    expect(out).toContain(`Workspace    ${api}/`);
    expect(out).toContain(`National     ${api}/landelijk`);
    expect(out).not.toContain('/dashboard');
    expect(out).toContain(`Mail inbox   ${launcher.inboxUrl}  (SMTP 127.0.0.1:${launcher.ports.smtp})`);
    expect(out).toContain(
      `Keycloak     ${launcher.keycloakUrl}/admin/  (user admin, password in ${adminPasswordFile()})`,
    );
    expect(out).toContain(`Temporal UI  http://127.0.0.1:${launcher.ports.ui}/namespaces/default/workflows`);
    expect(out).toMatch(/Demo sign-ins \(password: dev-only-<username>\)/);
    for (const username of ['projectleider', 'wethouder', 'zorgpartner', 'onderwijspartner', 'justitiepartner']) {
      expect(out).toContain(username);
    }
    expect(readyTime()).toBeGreaterThan(0);
  });

  it('serves the mail inbox and takes mail on its SMTP port', async () => {
    const inbox = await fetch(launcher.inboxUrl);
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toMatch(/Mailpit/);
    const info = (await (await fetch(`${launcher.inboxUrl}/api/v1/info`)).json()) as { Database: string };
    expect(info.Database).toBe(join(launcher.dataDir, 'mailpit', 'mailpit.db'));
    expect(await smtpGreeting(launcher.ports.smtp!)).toMatch(/^220 /);
  });

  it('sends /auth/login to Keycloak, whose login page and admin console answer', async () => {
    const login = await fetch(`${launcher.apiUrl}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const to = new URL(login.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${issuer()}/protocol/openid-connect/auth`);
    expect(to.searchParams.get('client_id')).toBe('olievlek-web');
    expect(to.searchParams.get('redirect_uri')).toBe(`${launcher.apiUrl}/auth/callback`);
    const page = await fetch(to);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('kc-form-login');

    const admin = await fetch(`${launcher.keycloakUrl}/admin/master/console/`);
    expect(admin.status).toBe(200);
    const adminToken = await fetch(`${launcher.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: 'admin',
        password: readFileSync(adminPasswordFile(), 'utf8').trim(),
      }),
    });
    expect(adminToken.status).toBe(200);
  });

  it('starts a programme for Amsterdam in phase COMMITMENT', async () => {
    const res = await gql<{ startProgramme: Programme }>(launcher.apiUrl, START, { code: 'GM0363' });
    expect(res.errors).toBeUndefined();
    started = res.data!.startProgramme;
    expect(started).toMatchObject({
      id: 'programme-GM0363-1',
      phase: 'COMMITMENT',
      status: 'ACTIVE',
      municipality: { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', schoolHolidayRegion: 'NOORD' },
    });
    expect(Math.abs(Date.parse(started.startedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('reads the programme back from the read model', async () => {
    await expect
      .poll(
        async () => (await gql<{ programme: Programme }>(launcher.apiUrl, READ, { code: 'GM0363' })).data?.programme,
        {
          timeout: 10_000,
        },
      )
      .toEqual({
        id: 'programme-GM0363-1',
        phase: 'COMMITMENT',
        status: 'ACTIVE',
        startedAt: started.startedAt,
        municipality: { name: 'Amsterdam', province: 'Noord-Holland' },
      });
  });

  it("accepts the tokens of Keycloak's people beside local ones: the project lead sees GM0363's programme", async () => {
    const { access_token } = await passwordSignIn(issuer(), 'projectleider', 'dev-only-projectleider', {
      redirectUri: `${launcher.apiUrl}/auth/callback`,
    });
    const res = await graphql<{ programme: { id: string } }>(
      launcher.apiUrl,
      READ,
      { code: 'GM0363' },
      {
        token: access_token,
      },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.programme.id).toBe('programme-GM0363-1');
  });

  it('answers null for a municipality without a programme, NOT_FOUND for an unknown one', async () => {
    const none = await gql(launcher.apiUrl, READ, { code: 'GM0014' });
    expect(none).toMatchObject({ status: 200, data: { programme: null } });
    expect(none.errors).toBeUndefined();
    const unknown = await gql(launcher.apiUrl, READ, { code: 'GM9999' });
    expect(unknown.errors![0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await gql(launcher.apiUrl, READ, { code: 'gemeente' });
    expect(malformed.errors![0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('shows the workflow to the Temporal CLI', () => {
    expect(temporal('workflow', 'list')).toContain('programme-GM0363-1');
    const described = JSON.parse(temporal('workflow', 'describe', '-w', 'programme-GM0363-1', '-o', 'json'));
    expect(JSON.stringify(described)).toContain('programmeLifecycleWorkflow');
    expect(JSON.stringify(described)).toContain('WORKFLOW_EXECUTION_STATUS_RUNNING');
  });

  it('lets the Temporal UI and CLI read the compressed payloads through the API’s codec endpoint (issue 18.2)', async () => {
    const codec = `${launcher.apiUrl}/temporal-codec`;
    const ui = `http://127.0.0.1:${launcher.ports.ui}`;
    const settings = (await (await fetch(`${ui}/api/v1/settings`)).json()) as { Codec?: { Endpoint?: string } };
    expect(settings.Codec?.Endpoint).toBe(codec);
    const preflight = await fetch(`${codec}/decode`, {
      method: 'OPTIONS',
      headers: {
        origin: ui,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ui);
    // The programme's view, as the workflow answers it, is large enough to be compressed: printed
    // as base64 without the codec, as the value itself through the API's endpoint.
    const compressed = Buffer.from('binary/deflate;dictionary=olievlek-v1').toString('base64');
    const query = (...extra: string[]) =>
      (
        JSON.parse(
          temporal(
            'workflow',
            'query',
            '--name',
            'getProgrammeState',
            '-w',
            'programme-GM0363-1',
            '-o',
            'json',
            ...extra,
          ),
        ) as { queryResult: unknown }
      ).queryResult;
    expect(JSON.stringify(query())).toContain(compressed);
    expect(query('--codec-endpoint', codec)).toEqual([
      expect.objectContaining({ programmeId: 'programme-GM0363-1', phase: 'COMMITMENT', status: 'ACTIVE' }),
    ]);
  });

  it('lets the CLI filter programmes by the custom search attributes npm start registered', async () => {
    const ids = (query: string) =>
      (
        JSON.parse(temporal('workflow', 'list', '--query', query, '-o', 'json') || '[]') as Array<{
          execution: { workflowId: string };
        }>
      ).map((w) => w.execution.workflowId);
    // Visibility is eventually consistent, even on the dev server.
    await expect
      .poll(() => ids("Phase='COMMITMENT' AND MunicipalityCode='GM0363'"), { timeout: 10_000 })
      .toEqual(['programme-GM0363-1']);
    expect(ids("Province='Noord-Holland' AND ProgrammeStatus='ACTIVE' AND OpenEscalationLevel=0")).toEqual([
      'programme-GM0363-1',
    ]);
    expect(ids("Phase='AGENDA'")).toEqual([]);
  });

  it.each([
    ['a second start while the programme runs', 'GM0363', 'PROGRAMME_ALREADY_RUNNING', /Amsterdam/],
    ['an unknown municipality code', 'GM9999', 'NOT_FOUND', /GM9999/],
    ['a malformed municipality code', 'Amsterdam', 'VALIDATION_FAILED', /gemeentecode/],
    ['an oversized municipality code', `GM${'0'.repeat(5000)}`, 'VALIDATION_FAILED', /invoer klopt niet/],
  ])(
    'refuses %s with a stable code and a Dutch sentence, starting nothing',
    async (_case, code, errorCode, sentence) => {
      const res = await gql(launcher.apiUrl, START, { code });
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions?.code).toBe(errorCode);
      expect(res.errors![0].message).toMatch(sentence);
      expect(res.errors![0].message).not.toMatch(/Error:|at |SELECT|stack/);
      expect(workflowIds()).toEqual(['programme-GM0363-1']);
      expect(programmeRows()).toEqual([{ id: 'programme-GM0363-1', phase: 'COMMITMENT' }]);
    },
  );

  it('answers a query for an unknown field with VALIDATION_FAILED', async () => {
    const res = await gql(launcher.apiUrl, '{ programmeList { id } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/programmeList/);
  });

  it('stops every process on SIGTERM and keeps the programme across a restart', async () => {
    // Temporal, Keycloak (kc.sh and its JVM), Mailpit, the worker and the API.
    expect(launcher.survivors().length).toBeGreaterThanOrEqual(6);
    expect(await launcher.stop('SIGTERM')).toBe(0);
    expect(launcher.survivors()).toEqual([]);

    await launcher.start();
    console.log(`npm start (again, Keycloak's database and build kept): ${/ready in .*/.exec(launcher.output)![0]}`);
    const res = await gql<{ programme: Programme }>(launcher.apiUrl, READ, { code: 'GM0363' });
    expect(res.data?.programme).toMatchObject({
      id: 'programme-GM0363-1',
      phase: 'COMMITMENT',
      startedAt: started.startedAt,
    });
    // The workflow itself survived in the dev server's SQLite file, not only the read model.
    const described = JSON.parse(temporal('workflow', 'describe', '-w', 'programme-GM0363-1', '-o', 'json'));
    expect(JSON.stringify(described)).toContain('WORKFLOW_EXECUTION_STATUS_RUNNING');
    const again = await gql(launcher.apiUrl, START, { code: 'GM0363' });
    expect(again.errors![0].extensions?.code).toBe('PROGRAMME_ALREADY_RUNNING');
  }, 330_000);
});
