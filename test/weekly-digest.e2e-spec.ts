import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIsoDays, amsterdamDate, mondayOf } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';

// The weekly digest (issue 16) through the running product (`npm start`'s launcher: Temporal dev
// server, worker, API, Mailpit): the worker creates the Monday 07:00 Europe/Amsterdam schedule at
// start; a person chooses their preferences through GraphQL; the digest workflow on the real
// worker queues one message per person per week that reaches the inbox with RFC 8058 headers; a
// second run of the week sends nothing; the one-click POST unsubscribes without sign-in.

const EMAIL = 'digest-lead@gemeente.example.nl';
const LEAD = {
  sub: 'digest-lead',
  name: 'Noor Digest',
  email: EMAIL,
  role: 'MUNICIPALITY',
  municipalities: ['GM0363'],
};
// Changes of this week are "last week" for next Monday's digest.
const NEXT_MONDAY = addIsoDays(mondayOf(amsterdamDate(Date.now())), 7);

let launcher: Launcher;
let token: string;

const temporal = (...args: string[]) =>
  execFileSync(process.env.OLIEVLEK_TEMPORAL_CLI as string, [...args, '--address', launcher.temporalAddress], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
const gql = async <T>(query: string) => {
  const res = await graphql<T>(launcher.apiUrl, query, undefined, { token });
  expect(res.errors, query).toBeUndefined();
  return res.data!;
};
const me = () =>
  gql<{ me: { notificationMode: string; digestSubscribed: boolean } }>('{ me { notificationMode digestSubscribed } }');

interface Summary {
  ID: string;
  MessageID: string;
  Subject: string;
}
const inbox = async (): Promise<Summary[]> => {
  const res = await fetch(`${launcher.inboxUrl}/api/v1/search?query=${encodeURIComponent(`to:${EMAIL}`)}`);
  return ((await res.json()) as { messages: Summary[] }).messages;
};
const runDigest = (id: string) => {
  temporal(
    'workflow',
    'execute',
    '--type',
    'weeklyDigestWorkflow',
    '--task-queue',
    'programmes',
    '--workflow-id',
    id,
    '--input',
    JSON.stringify({ weekStart: NEXT_MONDAY }),
  );
};
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  token = await launcher.token(LEAD);
}, 180_000);
afterAll(async () => {
  await launcher?.dispose();
});

describe('weekly digest end to end', () => {
  it('the worker creates the schedule: Mondays 07:00 Europe/Amsterdam, starting weeklyDigestWorkflow', async () => {
    const described = await until('the schedule', async () => {
      try {
        return JSON.parse(temporal('schedule', 'describe', '--schedule-id', 'weekly-digest', '-o', 'json')) as object;
      } catch {
        return undefined;
      }
    });
    const text = JSON.stringify(described);
    expect(text).toContain('Europe/Amsterdam');
    expect(text).toContain('weeklyDigestWorkflow');
    expect(text).toMatch(/dayOfWeek/i);

    // Triggered now, the schedule's workflow runs on the real worker (this week: nothing to tell yet).
    temporal('schedule', 'trigger', '--schedule-id', 'weekly-digest');
    const completed = await until('the scheduled run', async () => {
      const rows = JSON.parse(
        temporal(
          'workflow',
          'list',
          '--query',
          "WorkflowType='weeklyDigestWorkflow' AND ExecutionStatus='Completed'",
          '-o',
          'json',
        ),
      ) as Array<{ execution?: { workflowId?: string } }> | null;
      return rows && rows.length > 0 ? rows : undefined;
    });
    expect(completed[0]!.execution?.workflowId).toMatch(/^weekly-digest/);
  });

  it('preferences default to BOTH and subscribed; the person changes them through GraphQL', async () => {
    await gql(`mutation { startProgramme(municipalityCode: "GM0363") { id } }`);
    expect((await me()).me).toEqual({ notificationMode: 'BOTH', digestSubscribed: true });
    const set = await gql<{ setNotificationPreferences: { notificationMode: string; digestSubscribed: boolean } }>(
      'mutation { setNotificationPreferences(mode: DIGEST) { notificationMode digestSubscribed } }',
    );
    expect(set.setNotificationPreferences).toEqual({ notificationMode: 'DIGEST', digestSubscribed: true });
  });

  it('the digest run reaches the inbox once with one-click unsubscribe, and that click needs no sign-in', async () => {
    runDigest('digest-e2e-1');
    const [message] = await until('the digest', async () => ((await inbox()).length > 0 ? inbox() : undefined));
    expect(message!.Subject).toMatch(/^Weekoverzicht Olievlek, week \d+ — Amsterdam$/);
    expect(message!.MessageID).toMatch(/^digest\.\d{4}-W\d{2}\.mbr_/);
    const headers = (await (
      await fetch(`${launcher.inboxUrl}/api/v1/message/${message!.ID}/headers`)
    ).json()) as Record<string, string[]>;
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    const link = /^<(.+)>$/.exec(headers['List-Unsubscribe']![0]!)![1]!;
    expect(link.startsWith(`${launcher.apiUrl}/afmelden?token=`)).toBe(true);

    // A second run of the same week sends nothing.
    runDigest('digest-e2e-2');
    await new Promise((r) => setTimeout(r, 3000));
    expect(await inbox()).toHaveLength(1);

    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect((await me()).me).toEqual({ notificationMode: 'DIGEST', digestSubscribed: false });
  });
});
