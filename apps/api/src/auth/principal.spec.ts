import { describe, expect, it } from 'vitest';
import { canSeeProgramme, canStartFor, parsePrincipalClaims, programmeScope, type Principal } from './principal';

const principal = (p: Partial<Principal> & Pick<Principal, 'role'>): Principal => ({
  subject: 'someone',
  municipalities: [],
  programmes: [],
  ...p,
});
const amsterdam1 = { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363' };
const rotterdam1 = { programmeId: 'programme-GM0599-1', municipalityCode: 'GM0599' };

describe('canSeeProgramme', () => {
  it('lets a municipality see only its own municipalities\' programmes', () => {
    const sut = principal({ role: 'MUNICIPALITY', municipalities: ['GM0363'] });
    expect(canSeeProgramme(sut, amsterdam1)).toBe(true);
    expect(canSeeProgramme(sut, { ...amsterdam1, programmeId: 'programme-GM0363-2' })).toBe(true);
    expect(canSeeProgramme(sut, rotterdam1)).toBe(false);
  });

  it('lets a programme manager see only the programmes assigned to it', () => {
    const sut = principal({ role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-1'] });
    expect(canSeeProgramme(sut, amsterdam1)).toBe(true);
    expect(canSeeProgramme(sut, { ...amsterdam1, programmeId: 'programme-GM0363-2' })).toBe(false);
    expect(canSeeProgramme(sut, rotterdam1)).toBe(false);
  });

  it('lets a kwartiermaker see every programme', () => {
    const sut = principal({ role: 'KWARTIERMAKER' });
    expect(canSeeProgramme(sut, amsterdam1)).toBe(true);
    expect(canSeeProgramme(sut, rotterdam1)).toBe(true);
  });
});

describe('canStartFor', () => {
  it('lets a municipality start only for its own codes', () => {
    const sut = principal({ role: 'MUNICIPALITY', municipalities: ['GM0363', 'GM0599'] });
    expect(canStartFor(sut, 'GM0363')).toBe(true);
    expect(canStartFor(sut, 'GM0599')).toBe(true);
    expect(canStartFor(sut, 'GM0014')).toBe(false);
  });

  it('lets a programme manager start only a programme assigned to it', () => {
    const sut = principal({ role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-1'] });
    expect(canStartFor(sut, 'GM0363', 'programme-GM0363-1')).toBe(true);
    expect(canStartFor(sut, 'GM0363', 'programme-GM0363-2')).toBe(false);
    expect(canStartFor(sut, 'GM0599', 'programme-GM0363-1')).toBe(false);
    expect(canStartFor(sut, 'GM0363')).toBe(false);
  });

  it('lets a kwartiermaker start anywhere', () => {
    expect(canStartFor(principal({ role: 'KWARTIERMAKER' }), 'GM0014')).toBe(true);
  });
});

describe('programmeScope', () => {
  it('filters by role', () => {
    expect(programmeScope(principal({ role: 'KWARTIERMAKER' }))).toEqual({ kind: 'ALL' });
    expect(programmeScope(principal({ role: 'MUNICIPALITY', municipalities: ['GM0363'] }))).toEqual({
      kind: 'MUNICIPALITIES',
      municipalityCodes: ['GM0363'],
    });
    expect(programmeScope(principal({ role: 'PROGRAMME_MANAGER', programmes: [] }))).toEqual({ kind: 'PROGRAMMES', programmeIds: [] });
  });
});

describe('parsePrincipalClaims', () => {
  it('de-duplicates and ignores claims it does not read', () => {
    const sut = parsePrincipalClaims({ sub: 'a', role: 'MUNICIPALITY', municipalities: ['GM0363', 'GM0363'], iat: 1, jti: 'x' });
    expect(sut).toEqual({ ok: true, principal: { subject: 'a', role: 'MUNICIPALITY', municipalities: ['GM0363'], programmes: [] } });
  });

  it('names the claims that are wrong, not their values', () => {
    const sut = parsePrincipalClaims({ sub: 'a', role: 'MUNICIPALITY', municipalities: ['secret-ish'] });
    expect(sut.ok).toBe(false);
    if (!sut.ok) expect(sut.problems.join(' ')).not.toContain('secret-ish');
  });

  it('refuses a programme id that names no municipality', () => {
    expect(parsePrincipalClaims({ sub: 'a', role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-0'] }).ok).toBe(false);
    expect(parsePrincipalClaims({ sub: 'a', role: 'PROGRAMME_MANAGER', programmes: ['programme-x-1'] }).ok).toBe(false);
  });
});
