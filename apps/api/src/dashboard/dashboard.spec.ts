import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../common/bundled-page';
import { dashboardDir } from './dashboard';

describe('dashboard Content-Security-Policy', () => {
  it('allows only the page’s own origin, plus graphql-ws on the same host', () => {
    const sut = pageCsp('127.0.0.1:3000');
    expect(sut).toContain("default-src 'none'");
    expect(sut).toContain("script-src 'self'");
    expect(sut).toContain("connect-src 'self' ws://127.0.0.1:3000 wss://127.0.0.1:3000");
    expect(sut).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('adds no ws: source for a Host header that is not a host', () => {
    expect(pageCsp('evil.example; script-src *')).toContain("connect-src 'self';");
    expect(pageCsp(undefined)).toContain("connect-src 'self';");
  });
});

describe('dashboard bundle location', () => {
  it('is dist/dashboard of the repository, from source or from dist/', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    expect(dashboardDir(__dirname)).toBe(join(root, 'dist', 'dashboard'));
    expect(dashboardDir(join(root, 'dist', 'apps', 'api', 'src', 'dashboard'))).toBe(join(root, 'dist', 'dashboard'));
  });
});
