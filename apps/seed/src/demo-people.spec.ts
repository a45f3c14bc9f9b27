import { describe, expect, it } from 'vitest';
import { chooseActor, type CommandType, type Grant } from '../../../libs/domain/src';
import { DEMO_PLAN } from './demo-plan';
import { DEMO_MAIL_DOMAIN, demoPeople, personFor } from './demo-people';
import { plannedSteps, type ResolvedStep } from './demo-steps';

describe('P1 demo people: every planned step is taken by the person who holds its role', () => {
  it.each(DEMO_PLAN.map((p) => [`${p.municipalityCode} ${p.name}`, p] as const))('%s', (_name, plan) => {
    const people = demoPeople(plan);
    expect(people[0]!.grants).toEqual([{ role: 'PROJECT_LEAD' }]);
    expect(new Set(people.map((p) => p.subject)).size).toBe(people.length);
    for (const planned of plannedSteps(plan)) {
      // Inputs that need the programme (action and escalation ids) never decide who takes the step.
      const input = typeof planned.input === 'function' ? undefined : planned.input;
      const step = {
        mutation: planned.mutation,
        ...(input ? { input } : {}),
        ...(planned.actingAs ? { actingAs: planned.actingAs } : {}),
      } as ResolvedStep;
      const person = people.find((p) => p.subject === personFor(plan, step));
      expect(person, `${step.mutation}: a person`).toBeDefined();
      const grants: Grant[] = person!.grants.map((g, i) => ({ membershipId: `ms${i}`, ...g }));
      const actor = chooseActor(
        { memberId: person!.subject, grants, kwartiermaker: false },
        step.mutation as CommandType,
        (input ?? {}) as never,
        step.actingAs ? { actingAs: step.actingAs } : {},
      );
      expect(actor, `${plan.municipalityCode} ${step.mutation} by ${person!.subject}`).toMatchObject({ ok: true });
    }
  });

  it('no plan takes the same step with the same input twice (a step’s Idempotency-Key is its mutation and input)', () => {
    for (const plan of DEMO_PLAN) {
      const keys = plannedSteps(plan)
        .filter((s) => typeof s.input !== 'function')
        .map((s) => JSON.stringify([s.mutation, s.input ?? {}]));
      expect(new Set(keys).size, plan.municipalityCode).toBe(keys.length);
    }
  });

  it('R2.4: a partner’s support is confirmed by its own contact at each level, its commitment by management', () => {
    const amsterdam = DEMO_PLAN.find((p) => p.municipalityCode === 'GM0363')!;
    const people = demoPeople(amsterdam);
    const contacts = people.filter((p) => p.grants.some((g) => g.role === 'PARTNER_CONTACT'));
    expect(contacts.length).toBeGreaterThanOrEqual(2);
    for (const c of contacts) {
      expect(c.grants).toHaveLength(1);
      expect(c.grants[0]).toMatchObject({ role: 'PARTNER_CONTACT' });
      expect(c.subject).toMatch(/^demo-GM0363-[a-z0-9-]+-(professional|management)$/);
    }
    expect(people.filter((p) => p.municipal).map((p) => p.subject)).toEqual([
      'demo-GM0363-projectleider',
      'demo-GM0363-wethouder',
    ]);
  });

  it('C2: each member municipality’s own alderman confirms its commitment, bound to that municipality', () => {
    const amsterdam = DEMO_PLAN.find((p) => p.municipalityCode === 'GM0363')!;
    const people = demoPeople(amsterdam);
    const aldermen = people.filter((p) => p.grants.some((g) => 'municipalityCode' in g));
    expect(aldermen.map((p) => [p.organisation, p.grants])).toEqual(
      amsterdam.members!.map((m) => [
        `Gemeente ${m.name}`,
        [{ role: 'ADMINISTRATIVE_LEAD', municipalityCode: m.municipalityCode }],
      ]),
    );
    const step = { mutation: 'confirmMemberCommitment', input: { municipalityCode: 'GM0384' } } as const;
    expect(personFor(amsterdam, { ...step, actingAs: 'ADMINISTRATIVE_LEAD' })).toBe('demo-GM0363-GM0384-wethouder');
    expect(personFor(amsterdam, { mutation: 'confirmCommitment', actingAs: 'ADMINISTRATIVE_LEAD' })).toBe(
      'demo-GM0363-wethouder',
    );
  });

  it('P3: every demo person has a made-up Dutch name and an address of their own, in Dutch, under .invalid', () => {
    const addresses = new Set<string>();
    for (const plan of DEMO_PLAN) {
      const people = demoPeople(plan);
      expect(new Set(people.map((p) => p.name)).size, plan.municipalityCode).toBe(people.length);
      for (const p of people) {
        expect(p.name, p.subject).toMatch(/^[A-Z][a-z]+ (?:[a-z]+ )*[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?$/u);
        expect(p.language).toBe('nl');
        const [local, domain] = p.email.split('@');
        expect(domain).toBe(DEMO_MAIL_DOMAIN);
        // RFC 5321: at most 64 characters before the @; plain lower-case ASCII, no quoting needed.
        expect(local!.length, p.email).toBeLessThanOrEqual(64);
        expect(local, p.email).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/);
        expect(addresses.has(p.email), p.email).toBe(false);
        addresses.add(p.email);
      }
    }
    const amsterdam = demoPeople(DEMO_PLAN.find((p) => p.municipalityCode === 'GM0363')!);
    expect(amsterdam.filter((p) => p.municipal).map((p) => [p.email, p.organisation])).toEqual([
      ['projectleider.amsterdam@demo.olievlek.invalid', 'Gemeente Amsterdam'],
      ['wethouder.amsterdam@demo.olievlek.invalid', 'Gemeente Amsterdam'],
    ]);
    for (const c of amsterdam.filter((p) => p.grants.some((g) => g.role === 'PARTNER_CONTACT')))
      expect(c.email).toMatch(/^[a-z0-9-]+\.(uitvoering|management)\.amsterdam@demo\.olievlek\.invalid$/);
    // Accents dropped from the municipality: Súdwest-Fryslân.
    const sudwest = DEMO_PLAN.find((p) => p.name.startsWith('Súdwest'));
    if (sudwest) expect(demoPeople(sudwest)[0]!.email).toBe('projectleider.sudwest-fryslan@demo.olievlek.invalid');
  });
});
