import { describe, expect, it } from 'vitest';
import {
  renderEscalationRaised,
  renderEscalationResolved,
  stepLabel,
  type EscalationFacts,
} from './escalation-templates';
import { NO_CASE_DATA } from './templates';

// P3: the escalation e-mails say what stalled, since when, which rule and the collectives' tip,
// what would resolve it, the last timeline entries and the link, Dutch by default, English if chosen.

const facts = (over: Partial<EscalationFacts['escalation']> = {}): EscalationFacts => ({
  programmeId: 'programme-GM0363-1',
  municipalityName: 'Amsterdam',
  phase: 'AGENDA',
  escalation: {
    level: 2,
    kind: 'STALL',
    step: 'AGENDA',
    message: 'Geen voortgang op de verbeteragenda: escalatie naar de bestuurlijk trekker (niveau 2).',
    // 15 March 2027 09:30 in Amsterdam (CET, UTC+1); first flagged 15 February 2027.
    dueAt: '2027-03-15T08:30:00.000Z',
    flaggedSince: '2027-02-15T08:30:00.000Z',
    ...over,
  },
  ruleId: 'R2.1',
  tip: 'Professionals weten zelf het beste welke knelpunten ze ervaren op de werkvloer.',
  openItems: [
    { ruleId: 'R2.1', label: 'Minstens 3 knelpunten uit minstens 2 domeinen', missing: 'Nog 2 knelpunten nodig.' },
    { ruleId: 'R2.5', label: 'De bestuurlijk trekker stelt de agenda vast' },
  ],
  // As the workflow stores them: Dutch, with codes inside (worded when the mail is rendered, issue 15).
  timeline: [
    { at: '2026-11-24T10:00:00.000Z', event: 'recordBottleneck', summary: 'Knelpunt (CARE): wachtlijst jeugdzorg' },
    {
      at: '2027-03-15T08:30:00.000Z',
      event: 'escalationRaised',
      summary:
        'ADMINISTRATIVE (niveau 2): Geen voortgang op de verbeteragenda: escalatie naar de bestuurlijk trekker (niveau 2).',
    },
  ],
  context: {
    escalations: [
      {
        kind: 'STALL',
        level: 2,
        step: 'AGENDA',
        message: 'Geen voortgang op de verbeteragenda: escalatie naar de bestuurlijk trekker (niveau 2).',
      },
    ],
  },
  url: 'https://olievlek.example.nl/programmas/programme-GM0363-1',
});

describe('P3 escalation e-mail, raised', () => {
  it('R4.3 the departed external lead: the open actions counted with plural rules, never "actie(s)"', () => {
    const departed = facts({
      kind: 'LEAD_DEPARTED',
      step: 'EMBEDDING',
      message:
        'De externe projectleider is vertrokken terwijl de borging nog openstaat (1 actie(s) niet geborgd, geen interne eigenaar).',
    });
    const nl = renderEscalationRaised(departed, {
      language: 'nl',
      name: 'Wethouder Jansen',
      as: 'ADMINISTRATIVE_LEAD',
    });
    expect(nl.text).toContain('(1 actie niet geborgd, geen interne eigenaar).');
    expect(nl.text).not.toContain('(s)');
    expect(nl.subject).toBe('Bestuurlijke escalatie: projectleider vertrokken, borging open (Amsterdam)');
    const en = renderEscalationRaised(departed, { language: 'en', name: 'Sam', as: 'COPY' });
    expect(en.text).toContain('(1 action not embedded, no internal owner).');
  });

  it('in Dutch: what stalled, since when (Amsterdam time), the rule, the tip, what resolves it, the timeline and the link', () => {
    const sut = renderEscalationRaised(facts(), {
      language: 'nl',
      name: 'Wethouder Jansen',
      as: 'ADMINISTRATIVE_LEAD',
    });
    expect(sut.subject).toBe('Bestuurlijke escalatie: geen voortgang op de verbeteragenda (Amsterdam)');
    for (const part of [
      'Beste Wethouder Jansen,',
      'Er is geen voortgang op de verbeteragenda.',
      'als bestuurlijk trekker',
      'Stap: de verbeteragenda, fase Verbeteragenda',
      'Termijn verstreken op: 15 maart 2027 om 09:30',
      'Eerste signaal op: 15 februari 2027 om 09:30',
      'Regel R2.1: Voor het kiezen van thema’s zijn minstens 3 knelpunten uit minstens 2 domeinen nodig.',
      '“Professionals weten zelf het beste',
      '• R2.1 Minstens 3 knelpunten uit minstens 2 domeinen: Nog 2 knelpunten nodig.',
      '• R2.5 De bestuurlijk trekker stelt de agenda vast',
      'U kunt de escalatie ook erkennen',
      '• 24 november 2026: Knelpunt (zorg): wachtlijst jeugdzorg',
      '• 15 maart 2027: Bestuurlijke escalatie (niveau 2): Geen voortgang op de verbeteragenda',
      'https://olievlek.example.nl/programmas/programme-GM0363-1',
      NO_CASE_DATA.nl,
    ]) {
      expect(sut.text).toContain(part);
    }
    expect(sut.text).not.toMatch(/AGENDA\b|STALL|CARE|ADMINISTRATIVE/);
    expect(sut.html).toContain('<html lang="nl">');
    expect(sut.html).toContain('href="https://olievlek.example.nl/programmas/programme-GM0363-1"');
  });

  it('in English for a member who chose it, with the rule in English and the Dutch quotes marked as such', () => {
    const sut = renderEscalationRaised(facts(), { language: 'en', name: 'Sam', as: 'COPY' });
    expect(sut.subject).toBe('Administrative escalation: no progress on the improvement agenda (Amsterdam)');
    for (const part of [
      'Dear Sam,',
      'There has been no progress on the improvement agenda.',
      'You receive a copy as project lead',
      'Deadline passed on: 15 March 2027 at 09:30',
      'Rule R2.1: Drafting themes needs at least 3 bottlenecks from at least 2 domains.',
      'Tip from the Collectives against Child Abuse (in Dutch)',
      '• R2.5: Only the administrative lead adopts the agenda',
      'Latest events:',
      '• 24 November 2026: Bottleneck (care): wachtlijst jeugdzorg',
      '• 15 March 2027: Administrative escalation (level 2): No progress on the improvement agenda: escalation to the administrative lead (level 2).',
      NO_CASE_DATA.en,
    ]) {
      expect(sut.text).toContain(part);
    }
    // A copy to the project lead does not offer the alderman's acknowledgement.
    expect(sut.text).not.toContain('acknowledge');
    expect(sut.html).toContain('<html lang="en">');
  });

  it('escapes what members typed (an action title, a timeline line) in the HTML part and keeps the subject on one line', () => {
    const sut = renderEscalationRaised(
      {
        ...facts({ step: 'ACTION:a1', actionTitle: 'Overleg <script>alert(1)</script> & "meer"\r\nBcc: x@y.nl' }),
        timeline: [{ at: '2027-03-01T10:00:00.000Z', summary: '<img src=x onerror=alert(1)>' }],
      },
      { language: 'nl', name: '<b>Jan</b>', as: 'PROJECT_LEAD' },
    );
    expect(sut.html).not.toMatch(/<script|<img|<b>Jan/);
    expect(sut.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;meer&quot;');
    expect(sut.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(sut.subject).not.toMatch(/[\r\n]/);
    expect(sut.subject).toContain('geen voortgang op de actie ‘Overleg <script>');
  });

  it('keeps the subject within the outbox limit however long the typed action title is', () => {
    const sut = renderEscalationRaised(facts({ step: 'ACTION:a1', actionTitle: 'x'.repeat(500) }), {
      language: 'nl',
      as: 'PROJECT_LEAD',
      name: 'Lead',
    });
    expect(sut.subject.length).toBeLessThanOrEqual(250);
    expect(sut.text).toContain('x'.repeat(500));
  });

  it('names steps in words, never by code', () => {
    expect(stepLabel('EMBEDDING', 'nl')).toBe('de borging in beleid');
    expect(stepLabel('TRAINING', 'en')).toBe('the training track');
    expect(stepLabel('ACTION:x', 'nl', 'Scholing')).toBe('de actie ‘Scholing’');
  });

  it('R3.1 school-year escalations use the workflow’s Dutch sentence, and an English one with the school year', () => {
    const f = facts({
      level: 1,
      kind: 'TRAINING_NOT_STARTED',
      step: 'TRAINING',
      message:
        'Het gesprek met de schoolbesturen over schooljaar 2027/2028 is op 1 februari nog niet gestart; na februari is dat schooljaar gemist.',
    });
    const nl = renderEscalationRaised(f, { language: 'nl', name: 'Lead', as: 'PROJECT_LEAD' });
    expect(nl.subject).toBe('Herinnering: gesprek met de schoolbesturen niet gestart (Amsterdam)');
    expect(nl.text).toContain('over schooljaar 2027/2028 is op 1 februari nog niet gestart');
    const en = renderEscalationRaised(f, { language: 'en', name: 'Lead', as: 'PROJECT_LEAD' });
    expect(en.text).toContain('school year 2027/2028 had not started by 1 February');
  });

  it('greets the kwartiermakers at the national address', () => {
    const sut = renderEscalationRaised(facts({ level: 3 }), { language: 'nl', as: 'NATIONAL' });
    expect(sut.subject).toMatch(/^Landelijke escalatie:/);
    expect(sut.text).toContain('Beste kwartiermakers,');
    expect(sut.text).toContain('landelijke kwartiermakers: niveau 3');
  });
});

describe('P3 escalation e-mail, resolved ("opgelost")', () => {
  it('is short: what was resolved, when, why, and the link; in Dutch and English', () => {
    const f = facts({
      resolvedAt: '2027-03-20T13:05:00.000Z',
      resolution: 'Opgelost door voortgang: knelpunt vastgelegd',
    });
    const nl = renderEscalationResolved(f, { language: 'nl', name: 'Wethouder Jansen', as: 'ADMINISTRATIVE_LEAD' });
    expect(nl.subject).toBe('Opgelost: de verbeteragenda (Amsterdam)');
    expect(nl.text).toContain('De escalatie over de verbeteragenda in het programma van Amsterdam');
    expect(nl.text).toContain('is opgelost op 20 maart 2027 om 14:05.');
    expect(nl.text).toContain('Opgelost door voortgang: knelpunt vastgelegd');
    expect(nl.text).not.toContain('Wat lost het op?');
    expect(nl.text.length).toBeLessThan(900);
    const en = renderEscalationResolved(f, { language: 'en', name: 'Sam', as: 'COPY' });
    expect(en.subject).toBe('Resolved: the improvement agenda (Amsterdam)');
    expect(en.text).toContain('was resolved on 20 March 2027 at 14:05.');
    expect(en.text).toContain('Resolved by progress: bottleneck recorded');
    expect(en.text).not.toContain('knelpunt');
  });

  it('an action that moved on is named by its status in words, never DONE', () => {
    const f = facts({ resolvedAt: '2027-03-20T13:05:00.000Z', resolution: 'Opgelost door voortgang: actie DONE' });
    const nl = renderEscalationResolved(f, { language: 'nl', name: 'Jan', as: 'PROJECT_LEAD' });
    expect(nl.text).toContain('Opgelost door voortgang: actie afgerond');
    expect(nl.text).not.toContain('DONE');
  });
});
