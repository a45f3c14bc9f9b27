import { describe, expect, it } from 'vitest';
import {
  advanceTime,
  decide,
  startProgramme,
  WEEK_MS,
  type Actor,
  type Command,
  type ProgrammeState,
} from '../../domain/src';
import {
  escalationFacts,
  escalationMessageIdLocalPart,
  escalationRecipients,
  type DirectoryPerson,
} from './escalation-mail';

// P3 "Escalations reach people": who gets which escalation e-mail, and the facts it tells.

const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

const person = (
  role: DirectoryPerson['role'],
  email: string,
  over: Partial<DirectoryPerson['member']> = {},
): DirectoryPerson => ({
  role,
  member: { name: email.split('@')[0]!, email, language: 'nl', erasedAt: null, ...over },
});

const PEOPLE: DirectoryPerson[] = [
  person('PROJECT_LEAD', 'lead@gemeente.example.nl'),
  person('PROJECT_LEAD', 'Co-Lead@Gemeente.example.nl', { language: 'en' }),
  person('ADMINISTRATIVE_LEAD', 'wethouder@gemeente.example.nl'),
  person('PARTNER_CONTACT', 'partner@zorg.example.nl'),
  person('PROGRAMME_MANAGER', 'manager@gemeente.example.nl'),
  person('OBSERVER', 'meelezer@gemeente.example.nl'),
];
const NATIONAL = 'kwartiermakers@rijk.example.nl';

describe('P3 escalation e-mail recipients', () => {
  it('level 1 goes to every project lead, in their own language, and to no one else', () => {
    expect(escalationRecipients(1, PEOPLE, NATIONAL)).toEqual([
      { address: 'lead@gemeente.example.nl', language: 'nl', name: 'lead', as: 'PROJECT_LEAD' },
      { address: 'co-lead@gemeente.example.nl', language: 'en', name: 'Co-Lead', as: 'PROJECT_LEAD' },
    ]);
  });

  it('level 2 goes to the administrative lead, with a separate copy for each project lead', () => {
    expect(escalationRecipients(2, PEOPLE, NATIONAL).map((r) => [r.address, r.as, r.language])).toEqual([
      ['wethouder@gemeente.example.nl', 'ADMINISTRATIVE_LEAD', 'nl'],
      ['lead@gemeente.example.nl', 'COPY', 'nl'],
      ['co-lead@gemeente.example.nl', 'COPY', 'en'],
    ]);
  });

  it('level 3 goes to the national address only, and nowhere without NATIONAL_ESCALATION_EMAIL', () => {
    expect(escalationRecipients(3, PEOPLE, NATIONAL)).toEqual([{ address: NATIONAL, language: 'nl', as: 'NATIONAL' }]);
    expect(escalationRecipients(3, PEOPLE)).toEqual([]);
  });

  it('one message per address (the first role wins), none to erased people or empty addresses (P4)', () => {
    const people = [
      person('ADMINISTRATIVE_LEAD', 'both@gemeente.example.nl'),
      person('PROJECT_LEAD', 'BOTH@gemeente.example.nl'),
      person('PROJECT_LEAD', 'weg@gemeente.example.nl', { erasedAt: '2027-01-01T00:00:00.000Z' }),
      person('PROJECT_LEAD', ''),
    ];
    expect(escalationRecipients(2, people).map((r) => [r.address, r.as])).toEqual([
      ['both@gemeente.example.nl', 'ADMINISTRATIVE_LEAD'],
    ]);
    expect(escalationRecipients(1, people).map((r) => r.address)).toEqual(['both@gemeente.example.nl']);
  });
});

describe('P3 escalation e-mail Message-IDs', () => {
  const id = 'programme-GM0363-1/escalation-7';

  it('are derived from escalation, kind and address only: the same every time, never random', () => {
    const a = escalationMessageIdLocalPart(id, 'raised', 'lead@gemeente.example.nl');
    expect(a).toBe(escalationMessageIdLocalPart(id, 'raised', 'LEAD@gemeente.example.nl'));
    expect(a).toMatch(/^raised\.programme-GM0363-1\.escalation-7\.[0-9a-f]{32}$/);
    expect(
      new Set([
        a,
        escalationMessageIdLocalPart(id, 'resolved', 'lead@gemeente.example.nl'),
        escalationMessageIdLocalPart(id, 'raised', 'wethouder@gemeente.example.nl'),
        escalationMessageIdLocalPart('programme-GM0363-1/escalation-8', 'raised', 'lead@gemeente.example.nl'),
      ]).size,
    ).toBe(4);
    // Whatever an id holds, the local part stays dot-atom text (no empty atoms, nothing to quote).
    for (const odd of ['///', 'a b@c<d>', 'x.'.repeat(100)]) {
      expect(escalationMessageIdLocalPart(odd, 'resolved', 'a@b.nl')).toMatch(/^resolved(\.[A-Za-z0-9-]+)+$/);
    }
  });
});

function take(state: ProgrammeState, commands: Command[], at: number): ProgrammeState {
  return commands.reduce((s, c) => {
    const outcome = decide(s, c, at);
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value;
  }, state);
}

/** A programme in AGENDA since T0 + 1 day with one bottleneck, stalled to level 2. */
function stalledInAgenda(): ProgrammeState {
  const started = startProgramme(
    { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, schoolHolidayRegion: 'noord' },
    T0,
  );
  if (!started.ok) throw new Error(started.error.message);
  const cmd = (type: string, payload: object, actor = LEAD) => ({ type, ...payload, actor }) as Command;
  const inAgenda = take(
    started.value,
    [
      cmd('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
      cmd('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
      cmd('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
      cmd('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
      cmd('appointProjectLead', { kind: 'INTERNAL' }),
      cmd('confirmCommitment', {}, ALDERMAN),
      cmd('recordBottleneck', { description: 'Signalen <b>blijven</b> liggen', domain: 'CARE' }),
    ],
    T0 + 86_400_000,
  );
  return advanceTime(inAgenda, T0 + 86_400_000 + 16 * WEEK_MS);
}

describe('P3 escalation e-mail facts', () => {
  it('tell the step, the open checklist rule with its tip, the open items, the last timeline entries and the link', () => {
    const state = stalledInAgenda();
    const [one, two] = state.escalations;
    expect([one?.level, two?.level]).toEqual([1, 2]);
    const sut = escalationFacts(state, two!, 'Amsterdam', 'https://olievlek.example.nl/');
    expect(sut).toMatchObject({
      programmeId: 'programme-GM0363-1',
      municipalityName: 'Amsterdam',
      phase: 'AGENDA',
      escalation: { level: 2, kind: 'STALL', step: 'AGENDA', dueAt: two!.dueAt, flaggedSince: one!.dueAt },
      ruleId: 'R2.1',
      tip: expect.stringContaining('Professionals weten zelf het beste'),
      url: 'https://olievlek.example.nl/programmas/programme-GM0363-1',
    });
    expect(sut.openItems.map((i) => i.ruleId)).toEqual(['R2.1', 'R2.2', 'R2.3', 'R2.4', 'R2.5']);
    expect(sut.timeline).toHaveLength(5);
    expect(sut.timeline.at(-1)!.summary).toContain('niveau 2');
    // Level 1 is its own first signal.
    expect(escalationFacts(state, one!, 'Amsterdam', 'https://o.example.nl').escalation.flaggedSince).toBeUndefined();
  });
});
