import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPeople } from './demo-people';
import { DEMO_PLAN } from './demo-plan';
import {
  lastAldermanStep,
  REALM_PEOPLE,
  realmInvitations,
  realmIssuerFor,
  realmPeople,
  seededPeople,
} from './realm-people';

// Issue 15: the demo realm's people are bound by their fixed Keycloak ids, so the seed must know
// exactly the ids, names and addresses the realm import gives them.

interface RealmUser {
  id?: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  emailVerified: boolean;
}
const realm = JSON.parse(readFileSync(join(__dirname, '../../../infra/keycloak/olievlek-realm.json'), 'utf8')) as {
  users: RealmUser[];
};
const PLAN = new Map(DEMO_PLAN.map((p) => [p.municipalityCode, p]));
const ISSUER = realmIssuerFor();

describe('the demo realm people of seed:demo (issue 15)', () => {
  it('are the realm import’s users, under their fixed ids, names and verified addresses', () => {
    for (const person of REALM_PEOPLE) {
      const user = realm.users.find((u) => u.username === person.username);
      expect(user, person.username).toBeDefined();
      expect([user!.id, `${user!.firstName} ${user!.lastName}`, user!.email, user!.emailVerified]).toEqual([
        person.subject,
        person.name,
        person.email,
        true,
      ]);
    }
    // Every user of the realm has a fixed id, distinct (the kwartiermaker is national: no programme roles).
    const ids = realm.users.map((u) => u.id);
    expect(ids.every((id) => typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REALM_PEOPLE.map((p) => p.username).sort()).toEqual(
      realm.users
        .map((u) => u.username)
        .filter((u) => u !== 'kwartiermaker')
        .sort(),
    );
  });

  it('each has a role or an invitation in a programme of the plan, bound to the realm issuer npm start uses', () => {
    expect(ISSUER).toBe('http://127.0.0.1:8180/realms/olievlek');
    for (const person of REALM_PEOPLE) {
      expect(person.assignments.length + (person.invitations?.length ?? 0), person.username).toBeGreaterThan(0);
      for (const a of [...person.assignments, ...(person.invitations ?? [])])
        expect(PLAN.has(a.municipalityCode), `${person.username} ${a.municipalityCode}`).toBe(true);
    }
    const zwolle = realmPeople(PLAN.get('GM0193')!, ISSUER);
    expect(zwolle.map((p) => [p.issuer, p.email, p.municipal, p.grants])).toEqual([
      [
        ISSUER,
        'zorgpartner@olievlek.invalid',
        false,
        [
          {
            role: 'PARTNER_CONTACT',
            partner: { organisation: 'Veilig Thuis IJsselland', domain: 'CARE', level: 'PROFESSIONAL' },
          },
        ],
      ],
      [
        ISSUER,
        'justitiepartner@olievlek.invalid',
        false,
        [
          {
            role: 'PARTNER_CONTACT',
            partner: { organisation: 'Politie Eenheid Oost-Nederland', domain: 'JUSTICE', level: 'PROFESSIONAL' },
          },
        ],
      ],
    ]);
    expect(realmInvitations(PLAN.get('GM0344')!).map((i) => [i.person.username, i.role])).toEqual([
      ['programmamanager', 'PROGRAMME_MANAGER'],
    ]);
  });

  it('R2.4: each partner contact’s organisation owns an action of its programme and is committed in its domain', () => {
    for (const person of REALM_PEOPLE)
      for (const a of person.assignments) {
        if (a.grant.role !== 'PARTNER_CONTACT') continue;
        const plan = PLAN.get(a.municipalityCode)!;
        const { organisation, domain } = a.grant.partner;
        expect(plan.phase, person.username).toBe('AGENDA');
        expect(plan.actions?.some((x) => x.ownerOrganisation === organisation)).toBe(true);
        expect(plan.partners.some((p) => p.organisation === organisation && p.domain === domain)).toBe(true);
        // Its support waits: the plan confirms none of it (supportFrom leaves it out).
        expect(plan.supportFrom?.includes(organisation)).toBe(false);
      }
  });

  it('P1: the realm alderman is the one administrative lead, taking over after the plan’s last alderman step', () => {
    // Súdwest-Fryslân: no step of the alderman in the plan, so the seed's own is never made one.
    const sudwest = PLAN.get('GM1900')!;
    expect(lastAldermanStep(sudwest)).toBeUndefined();
    expect(lastAldermanStep(PLAN.get('GM0074')!)).toBe('confirmCommitment');
    expect(lastAldermanStep(PLAN.get('GM0518')!)).toBe('adoptAgenda');
    for (const code of ['GM1900', 'GM0074', 'GM0518']) {
      const plan = PLAN.get(code)!;
      const after = seededPeople(plan, demoPeople(plan), ISSUER);
      expect(
        after.filter((p) => p.grants.some((g) => g.role === 'ADMINISTRATIVE_LEAD')).map((p) => p.email),
        code,
      ).toEqual(['wethouder@olievlek.invalid']);
      // The seed's own project lead stays.
      expect(
        after.some((p) => p.email.startsWith('projectleider.') && p.issuer === undefined),
        code,
      ).toBe(true);
    }
    // Elsewhere nothing changes.
    const amsterdam = PLAN.get('GM0363')!;
    expect(seededPeople(amsterdam, demoPeople(amsterdam), ISSUER)).toEqual(demoPeople(amsterdam));
  });
});
