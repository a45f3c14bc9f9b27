import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './support/browser';
import { Launcher } from './support/launcher';

// Issue 14, "Done means", as a new user would do it after `npm start`: in headless Chromium, through
// Keycloak's own login form and Mailpit's inbox. The project lead signs in, starts the programme
// and invites the alderman and three partner contacts; the invitations arrive by e-mail; each
// invitee opens the link, signs in and accepts, and then takes only their own steps with their
// signed-in session (P1, P2, R2.4). The municipality can no longer act as alderman, silence its
// escalations or aim its webhook at an internal address.

const PROGRAMME = 'programme-GM0363-1';
const INVITEES = [
  { username: 'wethouder', name: 'Wendy Wethouder', role: 'ADMINISTRATIVE_LEAD' },
  {
    username: 'zorgpartner',
    name: 'Zora Zorgpartner',
    role: 'PARTNER_CONTACT',
    partner: { organisation: 'Veilig Thuis Amsterdam-Amstelland', domain: 'CARE', level: 'MANAGEMENT' },
  },
  {
    username: 'onderwijspartner',
    name: 'Otto Onderwijspartner',
    role: 'PARTNER_CONTACT',
    partner: { organisation: 'Stichting Openbaar Onderwijs', domain: 'EDUCATION', level: 'MANAGEMENT' },
  },
  {
    username: 'justitiepartner',
    name: 'Julia Justitiepartner',
    role: 'PARTNER_CONTACT',
    partner: { organisation: 'Politie Amsterdam', domain: 'JUSTICE', level: 'MANAGEMENT' },
  },
] as const;

type GraphqlAnswer<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; details?: Record<string, unknown> } }>;
};

let launcher: Launcher;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  browser = await launchChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

/** A browser window of a Dutch municipal user (Accept-Language nl-NL). */
const dutchContext = () => browser.newContext({ locale: 'nl-NL' });

/** Signs in through Keycloak's login page, as a person would, landing on `path` of the API. */
async function signIn(page: Page, username: string, path: string): Promise<void> {
  await page.goto(`${launcher.apiUrl}${path}`);
  if (!page.url().startsWith(launcher.keycloakUrl)) {
    await page.goto(`${launcher.apiUrl}/auth/login?returnTo=${encodeURIComponent(path)}`);
  }
  expect(page.url().startsWith(launcher.keycloakUrl), page.url()).toBe(true);
  await page.fill('#username', username);
  await page.fill('#password', `dev-only-${username}`);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(launcher.apiUrl)), page.click('#kc-login')]);
}

/** A GraphQL request from the page, with the browser's session cookie (and its own Origin). */
function gql<T = Record<string, unknown>>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await (globalThis as any).fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  ) as Promise<GraphqlAnswer<T>>;
}

/** The invitation e-mail Mailpit received for an address: its link, and both parts. */
async function invitationFor(address: string): Promise<{ link: string; text: string; html: string; subject: string }> {
  const inbox = launcher.inboxUrl;
  let found: { ID: string; Subject: string } | undefined;
  await expect
    .poll(
      async () => {
        const list = (await (await fetch(`${inbox}/api/v1/messages`)).json()) as {
          messages: Array<{ ID: string; Subject: string; To: Array<{ Address: string }> }>;
        };
        found = list.messages.find((m) => m.To.some((t) => t.Address === address));
        return found !== undefined;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  const message = (await (await fetch(`${inbox}/api/v1/message/${found!.ID}`)).json()) as {
    Text: string;
    HTML: string;
  };
  const link = /https?:\/\/\S+\/uitnodiging\?token=[A-Za-z0-9_%-]+/.exec(message.Text)?.[0];
  expect(link, message.Text).toBeDefined();
  return { link: link!, text: message.Text, html: message.HTML, subject: found!.Subject };
}

describe('a programme gets its people (issue 14, P1–P2)', () => {
  let lead: Page;

  it('the project lead signs in through the identity provider and starts the programme', async () => {
    lead = await (await dutchContext()).newPage();
    collectPageErrors(lead, errors);
    await signIn(lead, 'projectleider', '/auth/session');
    const session = JSON.parse((await lead.textContent('body')) ?? '{}') as { signedIn: boolean; name?: string };
    expect(session).toMatchObject({ signedIn: true, name: 'Pim Projectleider' });
    const started = await gql<{ startProgramme: { id: string } }>(
      lead,
      'mutation { startProgramme(municipalityCode: "GM0363") { id } }',
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startProgramme.id).toBe(PROGRAMME);
    const me = await gql<{ me: { name: string; memberships: Array<{ programmeId: string; role: string }> } }>(
      lead,
      '{ me { name memberships { programmeId role } } }',
    );
    expect(me.data!.me).toEqual({
      name: 'Pim Projectleider',
      memberships: [{ programmeId: PROGRAMME, role: 'PROJECT_LEAD' }],
    });
  }, 120_000);

  it('invites the alderman and three partner contacts; the invitations arrive in the inbox, in Dutch, text and HTML', async () => {
    for (const invitee of INVITEES) {
      const answer = await gql(
        lead,
        `mutation($input: InviteMemberInput!) { inviteMember(programmeId: "${PROGRAMME}", input: $input) { id role expiresAt } }`,
        {
          input: {
            name: invitee.name,
            email: `${invitee.username}@olievlek.invalid`,
            role: invitee.role,
            ...('partner' in invitee
              ? {
                  partnerOrganisation: invitee.partner.organisation,
                  partnerDomain: invitee.partner.domain,
                  partnerLevel: invitee.partner.level,
                }
              : {}),
          },
        },
      );
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    }
    const mail = await invitationFor('wethouder@olievlek.invalid');
    expect(mail.subject).toMatch(/uitgenodigd|Uitnodiging/i);
    expect(mail.text).toMatch(/bestuurlijk trekker/);
    expect(mail.html).toContain('/uitnodiging?token=');
    const pending = await gql<{ programme: { invitations: Array<{ email: string }> } }>(
      lead,
      `{ programme(id: "${PROGRAMME}") { invitations { email } } }`,
    );
    expect(pending.data!.programme.invitations).toHaveLength(4);
  }, 120_000);

  it('the project lead can no longer act as alderman, silence its escalations, or aim its webhook inward', async () => {
    const asAlderman = await gql(
      lead,
      `mutation { confirmCommitment(programmeId: "${PROGRAMME}", actingAs: ADMINISTRATIVE_LEAD) { id } }`,
    );
    expect(asAlderman.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const silenced = await gql(
      lead,
      `mutation { changeSettings(programmeId: "${PROGRAMME}", input: { stallThresholdWeeks: { COMMITMENT: 104 } }) { id } }`,
    );
    expect(silenced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inward = await gql(
      lead,
      `mutation { changeSettings(programmeId: "${PROGRAMME}", input: { webhookUrl: "http://169.254.169.254/latest/meta-data" }) { id } }`,
    );
    expect(inward.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(inward.errors?.[0]?.message).toMatch(/intern adres/);
  });

  it('the project lead records the commitment steps that are theirs', async () => {
    const steps = [
      'designateAdministrativeLead(programmeId: $id, input: {})',
      ...INVITEES.filter((i) => 'partner' in i).map(
        (i) =>
          `commitPartner(programmeId: $id, input: { organisation: "${i.partner!.organisation}", domain: ${i.partner!.domain} })`,
      ),
      'appointProjectLead(programmeId: $id, input: { kind: INTERNAL })',
    ];
    for (const step of steps) {
      const answer = await gql(lead, `mutation($id: ID!) { ${step} { version } }`, { id: PROGRAMME });
      expect(answer.errors, step).toBeUndefined();
    }
  }, 60_000);

  it.each(INVITEES)(
    '$username opens the link, signs in, accepts, and takes only their own steps',
    async (invitee) => {
      const { link } = await invitationFor(`${invitee.username}@olievlek.invalid`);
      const context = await dutchContext();
      const page = await context.newPage();
      collectPageErrors(page, errors);
      const path = new URL(link).pathname + new URL(link).search;
      // The link leads to the identity provider's login page first, and back to the invitation.
      await signIn(page, invitee.username, path);
      expect(page.url()).toContain('/uitnodiging?token=');
      await expect.poll(() => page.textContent('main')).toContain(invitee.name);
      await page.click('button:has-text("Uitnodiging aannemen")');
      await expect.poll(() => page.textContent('main')).toMatch(/U bent nu lid van/);
      // The link works once (the page answers 410 Gone, which the browser reports: not collected).
      const again = await context.newPage();
      const reused = await again.goto(link);
      expect(reused?.status()).toBe(410);
      expect(await again.textContent('main')).toMatch(/al gebruikt/);
      await again.close();
      // From here on, the invitee works with their own signed-in session.
      await page.goto(`${launcher.apiUrl}/auth/session`);

      if (invitee.role === 'ADMINISTRATIVE_LEAD') {
        const confirmed = await gql<{ confirmCommitment: { phase: string } }>(
          page,
          `mutation { confirmCommitment(programmeId: "${PROGRAMME}") { phase } }`,
        );
        expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
        expect(confirmed.data!.confirmCommitment.phase).toBe('AGENDA');
        // Not the project lead's step.
        const notMine = await gql(
          page,
          `mutation { selectTheme(programmeId: "${PROGRAMME}", input: { theme: SIGNALLING }) { id } }`,
        );
        expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } else {
        const partner = invitee.partner!;
        // R2.4: their own organisation's support, at their own level…
        const own = await gql(
          page,
          `mutation { confirmSupport(programmeId: "${PROGRAMME}", input: { organisation: "${partner.organisation}", level: MANAGEMENT }) { id } }`,
        );
        expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
        // …not another organisation's, and not the alderman's decisions.
        const other = INVITEES.find((i) => 'partner' in i && i.partner.organisation !== partner.organisation)!;
        const theirs = await gql(
          page,
          `mutation { confirmSupport(programmeId: "${PROGRAMME}", input: { organisation: "${'partner' in other ? other.partner.organisation : ''}", level: MANAGEMENT }) { id } }`,
        );
        expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R2.4' });
        const adopt = await gql(page, `mutation { adoptAgenda(programmeId: "${PROGRAMME}") { id } }`);
        expect(adopt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      await context.close();
    },
    180_000,
  );

  it('the timeline names each person from the directory, and says who invited whom', async () => {
    const answer = await gql<{
      programme: {
        members: Array<{ name: string; role: string }>;
        timeline: Array<{ event: string; summary: string; by: { name: string | null } }>;
      };
    }>(lead, `{ programme(id: "${PROGRAMME}") { members { name role } timeline { event summary by { name } } } }`);
    expect(answer.errors).toBeUndefined();
    const { members, timeline } = answer.data!.programme;
    expect(members.map((m) => m.name).sort()).toEqual([
      'Julia Justitiepartner',
      'Otto Onderwijspartner',
      'Pim Projectleider',
      'Wendy Wethouder',
      'Zora Zorgpartner',
    ]);
    expect(timeline.find((e) => e.event === 'confirmCommitment')?.by.name).toBe('Wendy Wethouder');
    expect(timeline.filter((e) => e.event === 'invitationAccepted').map((e) => e.summary)).toContain(
      'Wendy Wethouder nam de uitnodiging aan en is lid als bestuurlijk trekker (wethouder).',
    );
    expect(timeline.filter((e) => e.event === 'memberInvited').every((e) => e.by.name === 'Pim Projectleider')).toBe(
      true,
    );
  });

  it('the pages raised no browser errors', () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
