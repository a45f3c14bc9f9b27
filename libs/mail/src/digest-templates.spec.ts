import { describe, expect, it } from 'vitest';
import type { WeeklyDigest } from '../../domain/src';
import { renderWeeklyDigest as sut } from './digest-templates';

// The weekly digest's e-mail (issue 16): labels, never codes; dates in Europe/Amsterdam; Dutch by
// default and English on request; what a member typed is escaped in the HTML part.

const digest: WeeklyDigest = {
  weekStart: '2027-03-29',
  isoWeek: '2027-W13',
  changesFrom: '2027-03-21T23:00:00.000Z',
  changesUntil: '2027-03-28T22:00:00.000Z',
  dueUntil: '2027-04-18T22:00:00.000Z',
  programmes: [
    {
      programmeId: 'programme-GM0363-1',
      municipalityName: 'Amsterdam',
      phase: 'EXECUTION',
      status: 'ACTIVE',
      roles: ['PROJECT_LEAD'],
      due: [
        // 31 March 2027 is summer time: 08:00 UTC is 10:00 in Amsterdam.
        {
          kind: 'DEADLINE',
          deadline: 'STALL',
          at: '2027-03-31T08:00:00.000Z',
          step: 'ACTION:a1',
          level: 1,
          actionTitle: 'Zorg <&> straf',
        },
        { kind: 'SESSION', date: '2027-04-12', title: 'Scholing leerkrachten' },
      ],
      openItems: [{ ruleId: 'R3.2', label: 'Elke actie is afgerond of gestopt met een reden', blocking: true }],
      changes: [
        {
          at: '2027-03-24T09:30:00.000Z',
          event: 'updateActionStatus',
          summary: 'Actie "Zorg-straf-overleg" loopt.',
          byRole: 'PARTNER',
          byName: 'Zora <b>Zorg</b>',
        },
      ],
    },
  ],
};
const mail = (language: 'nl' | 'en') =>
  sut({
    language,
    name: 'Noor',
    digest,
    publicUrl: 'https://olievlek.example.nl/',
    unsubscribeUrl: 'https://olievlek.example.nl/afmelden?token=mbr_x.abc',
  });

describe('weekly digest e-mail', () => {
  it('Dutch: the week, what is due with Amsterdam times, open items, last week by name, the unsubscribe link', () => {
    const m = mail('nl');
    expect(m.subject).toBe('Weekoverzicht Olievlek, week 13 — Amsterdam');
    expect(m.text).toContain('Amsterdam — fase Uitvoering. Uw rol: projectleider.');
    expect(m.text).toContain('https://olievlek.example.nl/programmas/programme-GM0363-1');
    expect(m.text).toContain(
      '• 31 maart 2027 om 10:00: zonder voortgang op de actie ‘Zorg <&> straf’ volgt dan een herinnering.',
    );
    expect(m.text).toContain('• 12 april 2027: scholingsbijeenkomst ‘Scholing leerkrachten’');
    expect(m.text).toContain('• Elke actie is afgerond of gestopt met een reden');
    expect(m.text).toContain(
      '• 24 maart 2027 om 10:30 — Zora <b>Zorg</b> (contactpersoon van een partnerorganisatie): Actie',
    );
    expect(m.text).toContain('https://olievlek.example.nl/afmelden?token=mbr_x.abc');
    expect(m.text).toContain('escalaties blijven u wel bereiken');
    for (const code of ['STALL', 'PROJECT_LEAD', 'PARTNER', 'EXECUTION', 'ACTION:', 'updateActionStatus'])
      expect(m.text).not.toContain(code);
  });

  it('English labels for English readers; the programme’s own sentences stay as recorded', () => {
    const m = mail('en');
    expect(m.subject).toBe('Olievlek weekly digest, week 13 — Amsterdam');
    expect(m.text).toContain('Amsterdam — phase Execution. Your role: project lead.');
    expect(m.text).toContain(
      '31 March 2027 at 10:00: without progress on the action ‘Zorg <&> straf’ a reminder follows.',
    );
    expect(m.text).toContain('escalations will still reach you');
    expect(m.html).toContain('<html lang="en">');
  });

  it('escapes what members typed in the HTML part', () => {
    const { html } = mail('nl');
    expect(html).toContain('Zora &lt;b&gt;Zorg&lt;/b&gt;');
    expect(html).toContain('Zorg &lt;&amp;&gt; straf');
    expect(html).not.toContain('<b>Zorg</b>');
  });
});

describe('weekly digest e-mail: the workflow’s stored lines in words (issue 15)', () => {
  const stored: WeeklyDigest = {
    ...digest,
    programmes: [
      {
        ...digest.programmes[0]!,
        due: [
          {
            kind: 'ESCALATION',
            level: 2,
            escalationKind: 'LEAD_DEPARTED',
            step: 'EMBEDDING',
            message:
              'De externe projectleider is vertrokken terwijl de borging nog openstaat (2 actie(s) niet geborgd).',
            dueAt: '2027-03-25T09:00:00.000Z',
          },
        ],
        changes: [
          {
            at: '2027-03-24T09:30:00.000Z',
            event: 'updateActionStatus',
            summary: 'Actie action-4: DONE.',
            byRole: 'PROJECT_LEAD',
          },
          {
            at: '2027-03-25T09:30:00.000Z',
            event: 'confirmSupport',
            summary: 'Politie Amsterdam bevestigt draagvlak (MANAGEMENT).',
            byRole: 'PARTNER',
          },
        ],
        context: { actions: [{ id: 'action-4', title: 'Oudercursus' }] },
      },
    ],
  };
  const render = (language: 'nl' | 'en') =>
    sut({
      language,
      name: 'Noor',
      digest: stored,
      publicUrl: 'https://o.example.nl',
      unsubscribeUrl: 'https://o.example.nl/a',
    });

  it('Dutch: status, level and count in Dutch words, no codes, no "(s)"', () => {
    const m = render('nl');
    expect(m.text).toContain('Actie ‘Oudercursus’: afgerond.');
    expect(m.text).toContain('Politie Amsterdam bevestigt draagvlak (management/bestuurlijk).');
    expect(m.text).toContain('Open bestuurlijke escalatie over de borging in beleid');
    expect(m.text).toContain('(2 acties niet geborgd).');
    expect(m.text).not.toMatch(/DONE|MANAGEMENT|action-4|\(s\)/);
  });

  it('English: the same in English', () => {
    const m = render('en');
    expect(m.text).toContain('Action ‘Oudercursus’: done.');
    expect(m.text).toContain('Politie Amsterdam confirms support (management/board level).');
    expect(m.text).toContain('(2 actions not embedded).');
  });
});
