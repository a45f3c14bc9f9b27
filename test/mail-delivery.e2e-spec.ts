import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';
import { graphql, Launcher } from './support/launcher';

// Delivery made visible (issue 16) through the running product: with a relay that cannot be
// reached and one attempt allowed, an invitation is given up (FAILED); the programme's
// mailDelivery shows it by role, without any address, to whoever sees the programme, and the
// national overview counts it. Another municipality's person does not see the programme at all.

const P = 'programme-GM0344-1'; // Utrecht
const PEOPLE = {
  lead: { sub: 'utrecht-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0344'] },
  groningen: { sub: 'groningen-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0014'] },
  kwartiermaker: { sub: 'landelijk', role: 'KWARTIERMAKER' },
} as const;
type Who = keyof typeof PEOPLE;

let launcher: Launcher;
const tokens = {} as Record<Who, string>;
const gql = async <T = Record<string, unknown>>(who: Who, query: string, lang = 'nl') => {
  const res = await graphql<T>(launcher.apiUrl, query, undefined, {
    token: tokens[who],
    headers: { 'accept-language': lang },
  });
  return res as typeof res & { errors?: Array<{ message: string; extensions?: { code?: string } }> };
};

interface Delivery {
  pending: number;
  sent: number;
  failed: number;
  summary: string | null;
  lastFailure: { at: string; kind: string; recipientRole: string | null; reason: string } | null;
}
const DELIVERY = `mailDelivery { pending sent failed summary lastFailure { at kind recipientRole reason } }`;

beforeAll(async () => {
  // Nothing listens on this port: every attempt fails, and the first is the last.
  launcher = await Launcher.onFreePorts({
    MAIL_SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    MAIL_MAX_ATTEMPTS: '1',
    MAIL_POLL_MS: '200',
  });
  await launcher.start();
  for (const [who, claims] of Object.entries(PEOPLE)) tokens[who as Who] = await launcher.token({ ...claims });
  const started = await gql('lead', `mutation { startProgramme(municipalityCode: "GM0344") { id } }`);
  expect(started.errors).toBeUndefined();
  const invited = await gql(
    'lead',
    `mutation { inviteMember(programmeId: "${P}", input: { name: "Wethouder Jeugd", email: "wethouder@utrecht.example.nl", role: ADMINISTRATIVE_LEAD }) { id } }`,
  );
  expect(invited.errors).toBeUndefined();
}, 180_000);
afterAll(async () => {
  await launcher?.dispose();
});

describe('mail delivery on the programme and in the national view', () => {
  it('shows the given-up invitation to the project lead, by role, without an address', async () => {
    let delivery: Delivery | undefined;
    await expect
      .poll(
        async () => {
          const res = await gql<{ programme: { mailDelivery: Delivery } }>(
            'lead',
            `{ programme(id: "${P}") { ${DELIVERY} } }`,
          );
          delivery = res.data?.programme.mailDelivery;
          return delivery?.failed;
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(1);
    expect(delivery).toMatchObject({
      pending: 0,
      sent: 0,
      failed: 1,
      summary: '1 bericht aan een genodigde kon niet worden bezorgd.',
      lastFailure: { kind: 'INVITATION', recipientRole: 'INVITEE' },
    });
    expect(delivery!.lastFailure!.reason).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(delivery)).not.toContain('@');
    const en = await gql<{ programme: { mailDelivery: Delivery } }>(
      'lead',
      `{ programme(id: "${P}") { ${DELIVERY} } }`,
      'en',
    );
    expect(en.data?.programme.mailDelivery.summary).toBe('1 message to an invitee could not be delivered.');
  });

  it('counts it nationally; the kwartiermaker sees the details on the programme', async () => {
    const res = await gql<{ nationalOverview: { mailFailures: { messages: number; programmes: number } } }>(
      'kwartiermaker',
      `{ nationalOverview { mailFailures { messages programmes } } }`,
    );
    expect(res.data?.nationalOverview.mailFailures).toEqual({ messages: 1, programmes: 1 });
    const details = await gql<{ programme: { mailDelivery: Delivery } }>(
      'kwartiermaker',
      `{ programme(id: "${P}") { ${DELIVERY} } }`,
    );
    expect(details.data?.programme.mailDelivery.failed).toBe(1);
  });

  it('is not shown to another municipality’s person', async () => {
    const res = await gql<{ programme: unknown }>('groningen', `{ programme(id: "${P}") { ${DELIVERY} } }`);
    expect(res.data?.programme ?? null).toBeNull();
  });
});
