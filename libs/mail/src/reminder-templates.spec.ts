import { describe, expect, it } from 'vitest';
import type { ReminderKind } from '../../domain/src';
import { renderReminder as sut, type ReminderFacts } from './reminder-templates';

// The reminder e-mail (issue 16, R3.1, P3): what is due and when in words and Amsterdam dates, what
// to do, the link and the P4 line, in Dutch or English; typed titles escaped in the HTML part.

const facts = (kind: ReminderKind, o: Partial<ReminderFacts['reminder']> = {}): ReminderFacts => ({
  programmeId: 'programme-GM0363-1',
  municipalityName: 'Amsterdam',
  phase: 'EXECUTION',
  reminder: {
    kind,
    step: 'TRAINING',
    deadlineDate: '2027-02-01',
    deadlineAt: '2027-01-31T23:00:00.000Z',
    targetYear: 2027,
    ...o,
  },
  openItems: [{ ruleId: 'R3.1', label: 'Scholing staat op de activiteitenkalender voor schooljaar 2027/2028' }],
  url: 'https://olievlek.example.nl/programmas/programme-GM0363-1',
});
const nl = { language: 'nl' as const, name: 'Pim Projectleider' };
const en = { language: 'en' as const, name: 'Pat Lead' };

describe('reminder e-mail', () => {
  it.each([
    ['TRAINING_WINDOW_OPENS', '2027-01-01', 'gaat het venster open voor scholing in schooljaar 2027/2028'],
    ['TRAINING_NOT_STARTED', '2027-02-01', 'op 1 februari 2027 niet gestart'],
    ['TRAINING_LAST_DAY_TO_START', '2027-02-28', '28 februari 2027 is de laatste dag'],
    ['TRAINING_CALENDAR_CUTOFF', '2027-05-31', 'Uiterlijk 31 mei 2027 moet de scholing'],
  ] as const)('%s in Dutch names the date in words, the school year and what to do', (kind, date, sentence) => {
    const mail = sut(facts(kind, { deadlineDate: date }), nl);
    expect(mail.subject).toMatch(/^Herinnering vooraf: .+ \(Amsterdam\)$/);
    expect(mail.text).toContain('Beste Pim Projectleider,');
    expect(mail.text).toContain(sentence);
    expect(mail.text).toContain('Wat kunt u doen?');
    expect(mail.text).toContain('R3.1 Scholing staat op de activiteitenkalender');
    expect(mail.text).toContain('https://olievlek.example.nl/programmas/programme-GM0363-1');
    expect(mail.text).toContain('Olievlek is geen dossiersysteem');
    expect(mail.text).not.toContain(kind);
  });

  it('a stall reminder gives the moment of level 1 in Amsterdam time and the step in words', () => {
    const mail = sut(
      facts('STALL_LEVEL_1', {
        step: 'COMMITMENT',
        deadlineDate: '2027-05-13',
        deadlineAt: '2027-05-13T10:00:00.000Z',
      }),
      nl,
    );
    expect(mail.subject).toBe('Herinnering vooraf: voortgang op de commitment (bestuurlijk draagvlak) (Amsterdam)');
    expect(mail.text).toContain('vóór 13 mei 2027 om 12:00 geen voortgang');
    expect(mail.text).not.toContain('COMMITMENT');
  });

  it('in English, with the action’s title escaped in the HTML part', () => {
    const mail = sut(
      facts('STALL_LEVEL_1', {
        step: 'ACTION:a1',
        actionTitle: '<b>Zorg & straf</b>',
        deadlineDate: '2027-01-18',
        deadlineAt: '2027-01-18T10:00:00.000Z',
      }),
      en,
    );
    expect(mail.subject).toBe('Advance reminder: progress on the action ‘<b>Zorg & straf</b>’ (Amsterdam)');
    expect(mail.text).toContain('by 18 January 2027 at 11:00');
    expect(mail.text).toContain('Olievlek is not a case file system');
    expect(mail.html).toContain('&lt;b&gt;Zorg &amp; straf&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Zorg');
  });
});
