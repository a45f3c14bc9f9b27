import { describe, expect, it } from 'vitest';
import { parseTokenArgs } from './token-args';

describe('token CLI arguments', () => {
  it('builds a municipality token, normalising lenient codes', () => {
    expect(parseTokenArgs(['--role', 'MUNICIPALITY', '--municipality', 'gm0363', '--municipality', 'GM0599'])).toEqual({
      kind: 'token',
      expiresInSeconds: 8 * 3600,
      principal: {
        subject: 'local-municipality',
        role: 'MUNICIPALITY',
        municipalities: ['GM0363', 'GM0599'],
        programmes: [],
      },
    });
  });

  it('builds a programme manager and a kwartiermaker token', () => {
    expect(
      parseTokenArgs([
        '--role',
        'PROGRAMME_MANAGER',
        '--programme',
        'programme-GM0363-1',
        '--subject',
        'pm@example.nl',
        '--expires-in',
        '30m',
      ]),
    ).toEqual({
      kind: 'token',
      expiresInSeconds: 1800,
      principal: {
        subject: 'pm@example.nl',
        role: 'PROGRAMME_MANAGER',
        municipalities: [],
        programmes: ['programme-GM0363-1'],
      },
    });
    expect(parseTokenArgs(['--role', 'KWARTIERMAKER'])).toMatchObject({
      kind: 'token',
      principal: { role: 'KWARTIERMAKER' },
    });
  });

  it('answers --help', () => {
    expect(parseTokenArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[]],
    [['--role', 'ADMIN']],
    [['--role', 'MUNICIPALITY']],
    [['--role', 'MUNICIPALITY', '--municipality', 'GM363']],
    [['--role', 'KWARTIERMAKER', '--municipality', 'GM0363']],
    [['--role', 'MUNICIPALITY', '--municipality', 'GM0363', '--programme', 'programme-GM0363-1']],
    [['--role', 'PROGRAMME_MANAGER', '--programme', 'GM0363']],
    [['--role', 'KWARTIERMAKER', '--expires-in', 'forever']],
    [['--role', 'KWARTIERMAKER', '--expires-in', '31d']],
    [['--role', 'KWARTIERMAKER', '--expires-in', '0']],
    [['--role', 'KWARTIERMAKER', '--unknown']],
    [['--role', 'KWARTIERMAKER', 'extra']],
    [['--role']],
  ])('refuses %j', (argv) => {
    expect(parseTokenArgs(argv)).toMatchObject({ kind: 'refused' });
  });
});
