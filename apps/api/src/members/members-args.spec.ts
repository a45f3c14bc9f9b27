import { describe, expect, it } from 'vitest';
import { parseMembersArgs } from './members-args';

const base = ['grant', '--programme', 'programme-GM0363-1', '--subject', 'walkthrough'];

describe('npm run members -- grant: arguments', () => {
  it('reads roles and partner contacts, an organisation name with a colon included (R2.4)', () => {
    expect(
      parseMembersArgs([
        ...base,
        '--role',
        'administrative_lead',
        '--partner',
        'Veilig Thuis:CARE:PROFESSIONAL',
        '--partner',
        ' GGD: regio Amsterdam : care : management ',
      ]),
    ).toEqual({
      kind: 'grant',
      programmeId: 'programme-GM0363-1',
      subject: 'walkthrough',
      grants: [
        { role: 'ADMINISTRATIVE_LEAD' },
        { role: 'PARTNER_CONTACT', partner: { organisation: 'Veilig Thuis', domain: 'CARE', level: 'PROFESSIONAL' } },
        {
          role: 'PARTNER_CONTACT',
          partner: { organisation: 'GGD: regio Amsterdam', domain: 'CARE', level: 'MANAGEMENT' },
        },
      ],
    });
  });

  it('takes a name for a person the directory does not know yet, and a role named twice once', () => {
    expect(
      parseMembersArgs([...base, '--role', 'OBSERVER', '--role', 'OBSERVER', '--name', 'Wethouder  Jeugd']),
    ).toEqual({
      kind: 'grant',
      programmeId: 'programme-GM0363-1',
      subject: 'walkthrough',
      name: 'Wethouder Jeugd',
      grants: [{ role: 'OBSERVER' }],
    });
  });

  it('answers --help', () => {
    expect(parseMembersArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    ['no command', ['--programme', 'programme-GM0363-1', '--subject', 's', '--role', 'OBSERVER']],
    ['another command', ['revoke', '--programme', 'programme-GM0363-1', '--subject', 's', '--role', 'OBSERVER']],
    ['a malformed programme id', ['grant', '--programme', 'GM0363', '--subject', 's', '--role', 'OBSERVER']],
    ['no subject', ['grant', '--programme', 'programme-GM0363-1', '--role', 'OBSERVER']],
    ['no role', base],
    ['an unknown role', [...base, '--role', 'KWARTIERMAKER']],
    ['a partner contact without --partner', [...base, '--role', 'PARTNER_CONTACT']],
    ['a partner without a level', [...base, '--partner', 'Veilig Thuis:CARE']],
    ['a partner of an unknown domain', [...base, '--partner', 'Veilig Thuis:HEALTH:PROFESSIONAL']],
    ['a partner of an unknown level', [...base, '--partner', 'Veilig Thuis:CARE:BOARD']],
    ['a partner without an organisation', [...base, '--partner', ' :CARE:PROFESSIONAL']],
    ['an unknown option', [...base, '--role', 'OBSERVER', '--issuer', 'https://idp.example.nl']],
  ])('refuses %s, in Dutch and English', (_case, argv) => {
    const sut = parseMembersArgs(argv);
    expect(sut.kind).toBe('refused');
    expect(sut.kind === 'refused' && sut.message.split('\n')).toHaveLength(2);
  });
});
