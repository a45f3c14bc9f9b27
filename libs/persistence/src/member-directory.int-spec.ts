import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { ERASED_NAME, MemberDirectory, migrate, openDataSource } from './index';

const DAY = 86_400_000;
const NOW = Date.parse('2027-01-04T08:00:00.000Z');
const LEAD = {
  issuer: 'https://idp.example.nl',
  subject: 'lead-1',
  name: 'Petra de Vries',
  email: 'P.deVries@gemeente.nl',
};
const ALDERMAN = { issuer: 'https://idp.example.nl', subject: 'alderman-1', name: 'IdP-naam', email: 'x@idp.nl' };

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-directory-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'directory.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('member directory on $kind (P1–P4)', ({ url }) => {
  let dataSource: DataSource;
  let directory: MemberDirectory;
  let leadId: string;

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    directory = new MemberDirectory(dataSource);
    const lead = await dataSource.transaction((m) => directory.ensureMember(LEAD, m, NOW));
    leadId = lead.id;
    await dataSource.transaction((m) =>
      directory.grant(m, { programmeId: 'programme-GM0363-1', memberId: leadId, role: 'PROJECT_LEAD' }, NOW),
    );
  });
  afterAll(() => dataSource?.destroy());

  const invite = (over: Partial<Parameters<MemberDirectory['invite']>[1]> = {}) =>
    dataSource.transaction((m) =>
      directory.invite(
        m,
        {
          programmeId: 'programme-GM0363-1',
          name: 'Jan Wethouder',
          email: 'Jan@Gemeente.nl',
          language: 'nl',
          role: 'ADMINISTRATIVE_LEAD',
          invitedBy: leadId,
          invitedByRole: 'PROJECT_LEAD',
          validForMs: 14 * DAY,
          ...over,
        },
        NOW,
      ),
    );

  it('keeps the founder as project lead, bound to their sign-in identity', async () => {
    const { member, memberships } = await directory.activeMemberships(LEAD);
    expect(member).toMatchObject({ id: leadId, name: 'Petra de Vries', email: 'p.devries@gemeente.nl' });
    expect(leadId).toMatch(/^mbr_[A-Za-z0-9_-]{16}$/);
    expect(memberships.map((m) => [m.programmeId, m.role])).toEqual([['programme-GM0363-1', 'PROJECT_LEAD']]);
  });

  it('P2: an invitation is single-use, binds the identity that accepts it, and records who added whom', async () => {
    const { token, invitation } = await invite();
    expect(invitation.tokenHash).not.toContain(token);
    const accepted = await directory.accept(token, ALDERMAN, NOW + DAY);
    expect(accepted).toMatchObject({ ok: true, membership: { role: 'ADMINISTRATIVE_LEAD' } });
    // The invitation's name and address, not what the identity provider said.
    const { member } = await directory.activeMemberships(ALDERMAN);
    expect(member).toMatchObject({ name: 'Jan Wethouder', email: 'jan@gemeente.nl' });
    expect(await directory.administrativeLeadOf('programme-GM0363-1')).toBe(member!.id);
    expect(await directory.accept(token, { ...ALDERMAN, subject: 'someone-else' }, NOW + DAY)).toEqual({
      ok: false,
      problem: 'USED',
    });
    const events = await directory.events('programme-GM0363-1');
    expect(events.map((e) => [e.event, e.actorMemberId, e.subjectMemberId])).toEqual([
      ['memberAdded', leadId, leadId],
      ['memberInvited', leadId, null],
      ['invitationAccepted', leadId, member!.id],
    ]);
  });

  it('P2: an invitation expires (default 14 days), and a withdrawn one cannot be used', async () => {
    const late = await invite({ role: 'OBSERVER', email: 'laat@gemeente.nl' });
    expect(await directory.accept(late.token, { issuer: 'i', subject: 'late' }, NOW + 14 * DAY)).toEqual({
      ok: false,
      problem: 'EXPIRED',
    });
    const withdrawn = await invite({ role: 'OBSERVER', email: 'weg@gemeente.nl' });
    expect(await directory.withdraw('programme-GM0363-1', withdrawn.invitation.id, leadId, 'PROJECT_LEAD', NOW)).toBe(
      true,
    );
    expect(await directory.accept(withdrawn.token, { issuer: 'i', subject: 'w' }, NOW)).toEqual({
      ok: false,
      problem: 'WITHDRAWN',
    });
    expect(await directory.accept('not-a-token-of-ours-at-all-000', { issuer: 'i', subject: 'w' }, NOW)).toEqual({
      ok: false,
      problem: 'UNKNOWN',
    });
  });

  it('two acceptances of one link at once yield one membership', async () => {
    const { token } = await invite({
      role: 'PARTNER_CONTACT',
      email: 'vt@veiligthuis.nl',
      partner: { organisation: 'Veilig Thuis', domain: 'CARE', level: 'MANAGEMENT' },
    });
    const both = await Promise.all([
      directory.accept(token, { issuer: 'i', subject: 'vt-a' }, NOW),
      directory.accept(token, { issuer: 'i', subject: 'vt-b' }, NOW),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const partners = (await directory.activeMembershipsOf('programme-GM0363-1')).filter(
      (m) => m.role === 'PARTNER_CONTACT',
    );
    expect(partners).toHaveLength(1);
    expect(partners[0]).toMatchObject({ partnerOrganisation: 'Veilig Thuis', partnerLevel: 'MANAGEMENT' });
  });

  it('P2: removing a member ends their access at once and keeps the record of it', async () => {
    const { token } = await invite({ role: 'OBSERVER', email: 'kijker@gemeente.nl' });
    const identity = { issuer: 'i', subject: 'observer' };
    const accepted = await directory.accept(token, identity, NOW);
    if (!accepted.ok) throw new Error(accepted.problem);
    expect((await directory.activeMemberships(identity)).memberships).toHaveLength(1);
    const ended = await directory.end('programme-GM0363-1', accepted.membership.id, leadId, 'PROJECT_LEAD', NOW + DAY);
    expect(ended?.endedBy).toBe(leadId);
    expect((await directory.activeMemberships(identity)).memberships).toEqual([]);
    expect(
      await directory.end('programme-GM0363-1', accepted.membership.id, leadId, 'PROJECT_LEAD', NOW + DAY),
    ).toBeNull();
    expect((await directory.events('programme-GM0363-1')).at(-1)).toMatchObject({ event: 'memberRemoved' });
  });

  it('P4: erasure pseudonymises the person in place, ends their access, and recognises their old name', async () => {
    const { member } = await directory.activeMemberships(ALDERMAN);
    expect(await directory.erase(member!.id, leadId, 'KWARTIERMAKER', NOW + 2 * DAY)).toBe(true);
    const [erased] = (await directory.membersByIds([member!.id])).values();
    expect(erased).toMatchObject({ id: member!.id, name: ERASED_NAME, organisation: null, subject: null });
    expect(erased!.email).not.toContain('gemeente');
    expect((await directory.activeMemberships(ALDERMAN)).memberships).toEqual([]);
    expect(await directory.administrativeLeadOf('programme-GM0363-1')).toBeUndefined();
    // Names recorded as text before the directory: matched without case, never stored in clear.
    expect(await directory.erasedNames(['jan wethouder ', 'Petra de Vries'])).toEqual(new Set(['jan wethouder ']));
    const stored = (await dataSource.query('SELECT name_hash FROM erased_name')) as Array<{ name_hash: string }>;
    expect(JSON.stringify(stored)).not.toMatch(/jan/i);
    expect(await directory.erase(member!.id, leadId, 'KWARTIERMAKER', NOW + 3 * DAY)).toBe(false);
  });
});
