import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './oidc.routes';

const PUBLIC_URL = 'https://olievlek.example.nl';

describe('returnTo after sign-in: a path on this origin only (no open redirect)', () => {
  it('keeps a path with its query and fragment', () => {
    expect(safeReturnTo('/dashboard', PUBLIC_URL)).toBe('/dashboard');
    expect(safeReturnTo('/programmes/x?tab=2#top', PUBLIC_URL)).toBe('/programmes/x?tab=2#top');
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a scheme-relative URL', '//evil.example/x'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a relative path', 'dashboard'],
    ['javascript:', 'javascript:alert(1)'],
    ['a control character', '/a\nb'],
    ['nothing', undefined],
    ['an array', ['/a', '/b']],
    ['a very long path', `/${'a'.repeat(3000)}`],
  ])('turns %s into /', (_what, value) => {
    expect(safeReturnTo(value, PUBLIC_URL)).toBe('/');
  });
});
