import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Launcher } from './launcher';
import { expectAccessible, expectNoCodes, screenshotAtWidths } from './workspace';

// Helpers of the workspace walks (test/workspace-walk*.browser.e2e-spec.ts, issue 15): reading the
// API only to compare what a page shows, Mijn taken against me.tasks, the stepper and checklist
// against the programme, the invitation links in Mailpit, and the checks every visited page gets.

export const PHASES = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'] as const;

type Answer<T> = { data?: T; errors?: Array<{ message: string }> };

/** A GraphQL read from the page, with its session (only to compare what the page shows). */
export async function read<T>(page: Page, query: string): Promise<T> {
  const answer = (await page.evaluate(async (query) => {
    const res = await (globalThis as any).fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: JSON.stringify({ query }),
    });
    return res.json();
  }, query)) as Answer<T>;
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

export const phaseOf = async (page: Page, programmeId: string): Promise<string> =>
  (await read<{ programme: { phase: string } }>(page, `{ programme(id: "${programmeId}") { phase } }`)).programme.phase;

/** Waits until the API (and so the read model) has the programme in `phase`. */
export async function phaseIs(page: Page, programmeId: string, phase: string): Promise<void> {
  await expect.poll(() => phaseOf(page, programmeId), { timeout: 60_000, interval: 500 }).toBe(phase);
}

/** The page's checks: axe-core, no API codes, screenshots at three widths (`<prefix>-<phase>-<name>`). */
export async function checkPage(page: Page, prefix: string, phase: string, name: string): Promise<void> {
  await expectAccessible(page, `${prefix} ${phase} ${name}`);
  await expectNoCodes(page, `${prefix} ${phase} ${name}`);
  await screenshotAtWidths(page, `${prefix}-${phase.toLowerCase()}-${name}`);
}

/**
 * Waits until the person's Mijn taken (open on `page`) lists a task for `step` of the programme, with
 * the cards saying what me.tasks says in its order; returns that task's link.
 */
export async function taskOnMyTasks(page: Page, programmeId: string, step: string): Promise<Locator> {
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
  let tasks: Array<{ step: string; label: string; programme: { id: string } }> = [];
  await expect
    .poll(
      async () => {
        tasks = (await read<{ me: { tasks: typeof tasks } }>(page, '{ me { tasks { step label programme { id } } } }'))
          .me.tasks;
        const shown = await page.locator('.olievlek-task__link').allTextContents();
        return (
          shown.length > 0 &&
          shown.join('|') === tasks.map((t) => t.label).join('|') &&
          tasks.some((t) => t.step === step && t.programme.id === programmeId)
        );
      },
      { timeout: 30_000, interval: 1_000, message: `Mijn taken lists ${step} as me.tasks does` },
    )
    .toBe(true);
  const task = tasks.find((t) => t.step === step && t.programme.id === programmeId)!;
  return page.locator('.olievlek-task__link').filter({ hasText: task.label }).first();
}

/** The stepper's phases and the checklist's items equal what the API answers. */
export async function expectStepperAndChecklist(page: Page, programmeId: string): Promise<void> {
  const api = await read<{
    programme: { phase: string; checklist: Array<{ ruleId: string; done: boolean; label: string }> };
  }>(page, `{ programme(id: "${programmeId}") { phase checklist { ruleId done label } } }`);
  const stepper = page.getByRole('navigation', { name: 'Fasen van het programma' });
  const current = PHASES.indexOf(api.programme.phase as (typeof PHASES)[number]);
  await expect
    .poll(() =>
      stepper
        .locator('li')
        .evaluateAll((els) =>
          els.map((el) =>
            el.getAttribute('aria-current') === 'step' ? 'current' : el.className.includes('--done') ? 'done' : 'later',
          ),
        ),
    )
    .toEqual(PHASES.map((_, i) => (i < current ? 'done' : i === current ? 'current' : 'later')));
  await expect
    .poll(() =>
      page
        .locator('li[data-rule]')
        .evaluateAll((els) =>
          els.map((el) => ({ ruleId: el.getAttribute('data-rule'), done: el.getAttribute('data-done') === 'true' })),
        ),
    )
    .toEqual(api.programme.checklist.map((c) => ({ ruleId: c.ruleId, done: c.done })));
  for (const [i, c] of api.programme.checklist.entries()) {
    expect(await page.locator('li[data-rule]').nth(i).textContent()).toContain(c.label);
  }
}

/** Waits until the page's status region says `text` (a step succeeded). */
export async function announced(page: Page, text: RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** Every invitation link Mailpit holds for an address, oldest first (waits for `count`). */
export async function invitationLinks(launcher: Launcher, email: string, count: number): Promise<string[]> {
  let links: string[] = [];
  await expect
    .poll(
      async () => {
        const list = (await (await fetch(`${launcher.inboxUrl}/api/v1/messages`)).json()) as {
          messages: Array<{ ID: string; Created: string; To: Array<{ Address: string }> }>;
        };
        const mine = list.messages
          .filter((m) => m.To.some((t) => t.Address === email))
          .sort((a, b) => a.Created.localeCompare(b.Created));
        links = [];
        for (const m of mine) {
          const message = (await (await fetch(`${launcher.inboxUrl}/api/v1/message/${m.ID}`)).json()) as {
            Text: string;
          };
          const link = /https?:\/\/\S+\/uitnodiging\?token=[A-Za-z0-9_%-]+/.exec(message.Text)?.[0];
          if (link) links.push(link);
        }
        return links.length;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(count);
  return links;
}

export interface Invitee {
  username: string;
  name: string;
  role: 'ADMINISTRATIVE_LEAD' | 'PARTNER_CONTACT';
  partner?: { organisation: string; domain: string; level: 'PROFESSIONAL' | 'MANAGEMENT' };
}

export const CARE_ORG = 'Veilig Thuis Amsterdam-Amstelland';

// The demo realm's people (infra/keycloak/olievlek-realm.json). Veilig Thuis's contact speaks for
// their organisation at both levels (two memberships, two invitations): the realm has no second
// care contact, and R2.4 asks the action's owner for both.
export const INVITEES: Invitee[] = [
  { username: 'wethouder', name: 'Wendy Wethouder', role: 'ADMINISTRATIVE_LEAD' },
  {
    username: 'zorgpartner',
    name: 'Zora Zorgpartner',
    role: 'PARTNER_CONTACT',
    partner: { organisation: CARE_ORG, domain: 'CARE', level: 'MANAGEMENT' },
  },
  {
    username: 'zorgpartner',
    name: 'Zora Zorgpartner',
    role: 'PARTNER_CONTACT',
    partner: { organisation: CARE_ORG, domain: 'CARE', level: 'PROFESSIONAL' },
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
];

/** The bottlenecks of R2.1: three, from three domains. */
export const BOTTLENECKS = [
  { description: 'Signalen van ouders worden niet gedeeld', domain: 'CARE' },
  { description: 'Leerkrachten weten niet wanneer ze moeten melden', domain: 'EDUCATION' },
  { description: 'Zorg en straf werken langs elkaar heen', domain: 'JUSTICE' },
];
