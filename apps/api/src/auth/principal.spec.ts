import { describe, expect, it } from 'vitest';
import { parsePrincipalClaims } from './principal';

// Who may see or start what is decided in programmes/access.ts (its spec is beside it).
describe('parsePrincipalClaims', () => {
  it('de-duplicates and ignores claims it does not read', () => {
    const sut = parsePrincipalClaims({
      sub: 'a',
      role: 'MUNICIPALITY',
      municipalities: ['GM0363', 'GM0363'],
      iat: 1,
      jti: 'x',
    });
    expect(sut).toEqual({
      ok: true,
      principal: { subject: 'a', role: 'MUNICIPALITY', municipalities: ['GM0363'], programmes: [] },
    });
  });

  it('names the claims that are wrong, not their values', () => {
    const sut = parsePrincipalClaims({ sub: 'a', role: 'MUNICIPALITY', municipalities: ['secret-ish'] });
    expect(sut.ok).toBe(false);
    if (!sut.ok) expect(sut.problems.join(' ')).not.toContain('secret-ish');
  });

  it('refuses a programme id that names no municipality', () => {
    expect(parsePrincipalClaims({ sub: 'a', role: 'PROGRAMME_MANAGER', programmes: ['programme-GM0363-0'] }).ok).toBe(
      false,
    );
    expect(parsePrincipalClaims({ sub: 'a', role: 'PROGRAMME_MANAGER', programmes: ['programme-x-1'] }).ok).toBe(false);
  });
});
