import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../lifecycle/commands';
import { chooseActor, STEP_ROLES, type Person } from './step-roles';
import type { Grant, MemberRole } from './roles';

const grant = (role: MemberRole, partner?: Grant['partner']): Grant => ({
  membershipId: `ms-${role}`,
  role,
  ...(partner ? { partner } : {}),
});
const person = (grants: Grant[], kwartiermaker = false): Person => ({ memberId: 'mbr_1', grants, kwartiermaker });
const LEAD = person([grant('PROJECT_LEAD')]);
const ALDERMAN = person([grant('ADMINISTRATIVE_LEAD')]);
const VEILIG_THUIS_MANAGER = person([
  grant('PARTNER_CONTACT', { organisation: 'Veilig Thuis', domain: 'CARE', level: 'MANAGEMENT' }),
]);
const MANAGER = person([grant('PROGRAMME_MANAGER')]);
const OBSERVER = person([grant('OBSERVER')]);

describe('P1: a step is taken by a person who holds its role', () => {
  it('records the alderman’s confirmation with the member id and the role held', () => {
    expect(chooseActor(ALDERMAN, 'confirmCommitment', {})).toEqual({
      ok: true,
      value: { role: 'ADMINISTRATIVE_LEAD', memberId: 'mbr_1' },
    });
  });

  it('refuses the project lead the alderman’s steps, whatever actingAs claims', () => {
    expect(chooseActor(LEAD, 'confirmCommitment', {})).toMatchObject({ ok: false, error: { kind: 'NOT_YOUR_STEP' } });
    expect(chooseActor(LEAD, 'adoptAgenda', {}, { actingAs: 'ADMINISTRATIVE_LEAD' })).toMatchObject({
      ok: false,
      error: { kind: 'ROLE_NOT_HELD', actingAs: 'ADMINISTRATIVE_LEAD', holds: ['PROJECT_LEAD'] },
    });
  });

  it('lets actingAs choose between roles one person really holds', () => {
    const both = person([grant('PROJECT_LEAD'), grant('ADMINISTRATIVE_LEAD')]);
    expect(chooseActor(both, 'pauseProgramme', {})).toMatchObject({ ok: true, value: { role: 'PROJECT_LEAD' } });
    expect(chooseActor(both, 'pauseProgramme', {}, { actingAs: 'ADMINISTRATIVE_LEAD' })).toMatchObject({
      ok: true,
      value: { role: 'ADMINISTRATIVE_LEAD' },
    });
  });

  it('gives an observer no step at all', () => {
    for (const type of COMMAND_TYPES) expect(chooseActor(OBSERVER, type, {}).ok, type).toBe(false);
  });

  it('names for every step at least one role, and never the observer', () => {
    for (const type of COMMAND_TYPES) {
      expect(STEP_ROLES[type].length, type).toBeGreaterThan(0);
      expect(STEP_ROLES[type], type).not.toContain('OBSERVER');
    }
  });
});

describe('R2.4: support is confirmed by the partner organisation’s own contact at that level', () => {
  it('accepts the contact for their own organisation and level, whatever the spelling', () => {
    expect(
      chooseActor(VEILIG_THUIS_MANAGER, 'confirmSupport', { organisation: ' veilig thuis', level: 'MANAGEMENT' }),
    ).toMatchObject({ ok: true, value: { role: 'PARTNER', memberId: 'mbr_1' } });
  });

  it('refuses another organisation, and the other level of the same organisation', () => {
    expect(
      chooseActor(VEILIG_THUIS_MANAGER, 'confirmSupport', { organisation: 'Politie', level: 'MANAGEMENT' }),
    ).toMatchObject({ ok: false, error: { kind: 'NOT_YOUR_ORGANISATION', organisation: 'Politie' } });
    expect(
      chooseActor(VEILIG_THUIS_MANAGER, 'confirmSupport', { organisation: 'Veilig Thuis', level: 'PROFESSIONAL' }),
    ).toMatchObject({ ok: false, error: { kind: 'NOT_YOUR_ORGANISATION', level: 'PROFESSIONAL' } });
  });

  it('refuses the project lead, who may not confirm a partner’s support for it', () => {
    expect(chooseActor(LEAD, 'confirmSupport', { organisation: 'Veilig Thuis', level: 'MANAGEMENT' })).toMatchObject({
      ok: false,
      error: { kind: 'NOT_YOUR_STEP', needs: ['PARTNER_CONTACT'] },
    });
  });
});

describe('P1: recorded on behalf of the alderman', () => {
  it('lets a programme manager record it explicitly, naming the designated alderman', () => {
    expect(
      chooseActor(MANAGER, 'adoptAgenda', {}, { onBehalfOfAdministrativeLead: true }, { administrativeLead: 'mbr_9' }),
    ).toEqual({ ok: true, value: { role: 'ADMINISTRATIVE_LEAD', memberId: 'mbr_1', onBehalfOf: 'mbr_9' } });
  });

  it('refuses it without a designated alderman, for other steps, and for anyone but a programme manager', () => {
    expect(chooseActor(MANAGER, 'adoptAgenda', {}, { onBehalfOfAdministrativeLead: true })).toMatchObject({
      ok: false,
      error: { kind: 'NO_ADMINISTRATIVE_LEAD' },
    });
    expect(
      chooseActor(MANAGER, 'addAction', {}, { onBehalfOfAdministrativeLead: true }, { administrativeLead: 'mbr_9' }),
    ).toMatchObject({ ok: false, error: { kind: 'NOT_ON_BEHALF' } });
    expect(
      chooseActor(LEAD, 'adoptAgenda', {}, { onBehalfOfAdministrativeLead: true }, { administrativeLead: 'mbr_9' }),
    ).toMatchObject({ ok: false, error: { kind: 'NOT_YOUR_STEP', needs: ['PROGRAMME_MANAGER'] } });
  });

  it('does not let a programme manager take the alderman’s step without saying so', () => {
    expect(chooseActor(MANAGER, 'confirmCommitment', {})).toMatchObject({ ok: false });
  });
});

describe('P3: escalations and settings', () => {
  it('keeps a level-3 escalation for the kwartiermakers, levels 1–2 for the alderman', () => {
    const kwartiermaker = person([], true);
    expect(chooseActor(ALDERMAN, 'acknowledgeEscalation', {}, {}, { escalationLevel: 3 }).ok).toBe(false);
    expect(chooseActor(ALDERMAN, 'acknowledgeEscalation', {}, {}, { escalationLevel: 2 }).ok).toBe(true);
    expect(chooseActor(kwartiermaker, 'acknowledgeEscalation', {}, {}, { escalationLevel: 3 })).toMatchObject({
      ok: true,
      value: { role: 'KWARTIERMAKER' },
    });
  });

  it('lets neither a partner nor an observer change the stall settings', () => {
    expect(chooseActor(VEILIG_THUIS_MANAGER, 'changeSettings', {}).ok).toBe(false);
    expect(chooseActor(OBSERVER, 'changeSettings', {}).ok).toBe(false);
    expect(chooseActor(LEAD, 'changeSettings', {}).ok).toBe(true);
  });
});
