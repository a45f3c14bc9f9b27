import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth';
import { mayActNationally, mayKnowMunicipality, maySee, mayStart, scopeOf } from './access';

const principal = (p: Partial<Principal> & Pick<Principal, 'role'>): Principal => ({
  subject: 'someone',
  municipalities: [],
  programmes: [],
  ...p,
});
const amsterdam = principal({ role: 'MUNICIPALITY', municipalities: ['GM0363', 'GM0599'] });
const manager = principal({ role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-1'] });
const unassignedManager = principal({ role: 'PROGRAMME_MANAGER' });
const kwartiermaker = principal({ role: 'KWARTIERMAKER', subject: 'kwartiermaker-1' });

describe('tenant isolation: who sees a programme', () => {
  it("lets a municipality see only its own municipalities' programmes", () => {
    expect(maySee(amsterdam, 'programme-GM0363-1')).toBe(true);
    expect(maySee(amsterdam, 'programme-GM0363-2')).toBe(true);
    expect(maySee(amsterdam, 'programme-GM0599-1')).toBe(true);
    expect(maySee(amsterdam, 'programme-GM0014-1')).toBe(false);
  });

  it('lets a programme manager see only the programmes assigned to it', () => {
    expect(maySee(manager, 'programme-GM0363-1')).toBe(true);
    expect(maySee(manager, 'programme-GM0363-2')).toBe(false);
    expect(maySee(manager, 'programme-GM0599-1')).toBe(false);
    expect(maySee(unassignedManager, 'programme-GM0363-1')).toBe(false);
  });

  it('lets a kwartiermaker see every programme', () => {
    expect(maySee(kwartiermaker, 'programme-GM0363-1')).toBe(true);
    expect(maySee(kwartiermaker, 'programme-GM0014-7')).toBe(true);
  });

  it('shows a municipality no id that is not a programme id of its own, however it is spelled', () => {
    expect(maySee(amsterdam, 'programme-gm0363-1')).toBe(false);
    expect(maySee(amsterdam, 'programme-GM0363-01')).toBe(false);
    expect(maySee(amsterdam, 'GM0363')).toBe(false);
    expect(maySee(amsterdam, 'programme-GM0363-1 ')).toBe(false);
  });
});

describe('tenant isolation: who starts a programme', () => {
  it('lets a municipality start only for its own codes', () => {
    expect(mayStart(amsterdam, 'GM0363', 'programme-GM0363-1')).toBe(true);
    expect(mayStart(amsterdam, 'GM0599')).toBe(true);
    expect(mayStart(amsterdam, 'GM0014', 'programme-GM0014-1')).toBe(false);
  });

  it('lets a programme manager start only an assigned programme, of that municipality', () => {
    expect(mayStart(manager, 'GM0363', 'programme-GM0363-1')).toBe(true);
    expect(mayStart(manager, 'GM0363', 'programme-GM0363-2')).toBe(false);
    expect(mayStart(manager, 'GM0599', 'programme-GM0363-1')).toBe(false);
    expect(mayStart(manager, 'GM0363')).toBe(false);
  });

  it('lets a kwartiermaker start anywhere', () => {
    expect(mayStart(kwartiermaker, 'GM0014')).toBe(true);
    expect(mayStart(kwartiermaker, 'GM0014', 'programme-GM0014-3')).toBe(true);
  });
});

describe('tenant isolation: who may know a municipality (so errors do not leak)', () => {
  it('a municipality knows its own codes only', () => {
    expect(mayKnowMunicipality(amsterdam, 'GM0363')).toBe(true);
    expect(mayKnowMunicipality(amsterdam, 'GM0014')).toBe(false);
  });

  it('a programme manager knows the municipalities of its assigned programmes', () => {
    expect(mayKnowMunicipality(manager, 'GM0363')).toBe(true);
    expect(mayKnowMunicipality(manager, 'GM0599')).toBe(false);
    expect(mayKnowMunicipality(unassignedManager, 'GM0363')).toBe(false);
  });

  it('a kwartiermaker knows every municipality', () => {
    expect(mayKnowMunicipality(kwartiermaker, 'GM0014')).toBe(true);
  });
});

describe('listing scope', () => {
  it('filters by role', () => {
    expect(scopeOf(kwartiermaker)).toBe('ALL');
    expect(scopeOf(amsterdam)).toEqual({ municipalityCodes: ['GM0363', 'GM0599'], programmeIds: [] });
    expect(scopeOf(manager)).toEqual({ municipalityCodes: [], programmeIds: ['programme-GM0363-1'] });
    expect(scopeOf(unassignedManager)).toEqual({ municipalityCodes: [], programmeIds: [] });
  });
});

describe('the national operation', () => {
  it("is the kwartiermakers' alone", () => {
    expect(mayActNationally(kwartiermaker)).toBe(true);
    expect(mayActNationally(amsterdam)).toBe(false);
    expect(mayActNationally(manager)).toBe(false);
  });
});

// Who takes a step is decided from memberships: libs/domain/src/people/step-roles.spec.ts.
