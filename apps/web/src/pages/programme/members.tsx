import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiForm, SelectField, TextField, useAnnounce } from '../../components/form/form';
import { problemSentence } from '../../components/form/problems';
import { graphql } from '../../gql';
import { useLabel } from '../../i18n';
import type { PageMembership, PageProgramme } from './types';

// Open invitations: only the project lead and kwartiermakers may see them (the API refuses others),
// so they are asked apart from the page's query, and again when the programme's version moves.
const INVITATIONS_QUERY = graphql(`
  query ProgrammeInvitations($id: ID!) {
    programme(id: $id) {
      id
      invitations {
        id
        name
        email
        role
        partnerOrganisation
        partnerLevel
        invitedAt
        expiresAt
      }
    }
  }
`);

const INVITE_MEMBER = graphql(`
  mutation InviteMember($id: ID!, $input: InviteMemberInput!) {
    inviteMember(programmeId: $id, input: $input) {
      id
    }
  }
`);

const WITHDRAW_INVITATION = graphql(`
  mutation WithdrawInvitation($id: ID!, $invitationId: ID!) {
    withdrawInvitation(programmeId: $id, invitationId: $invitationId)
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($id: ID!, $membershipId: ID!) {
    removeMember(programmeId: $id, membershipId: $membershipId)
  }
`);

const ROLES = ['ADMINISTRATIVE_LEAD', 'PARTNER_CONTACT', 'PROGRAMME_MANAGER', 'PROJECT_LEAD', 'OBSERVER'] as const;
const DOMAINS = ['CARE', 'EDUCATION', 'JUSTICE', 'MUNICIPALITY', 'OTHER'] as const;
const INVITE_FIELDS = [
  'name',
  'email',
  'role',
  'organisation',
  'partnerOrganisation',
  'partnerDomain',
  'partnerLevel',
  'language',
] as const;

type InviteValues = Record<(typeof INVITE_FIELDS)[number], string>;
const EMPTY: InviteValues = {
  name: '',
  email: '',
  role: '',
  organisation: '',
  partnerOrganisation: '',
  partnerDomain: '',
  partnerLevel: '',
  language: 'nl',
};

/** P2: invite someone by e-mail for a role; a partner contact with their organisation, domain and level. */
function InviteForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const intl = useIntl();
  const label = useLabel();
  const announce = useAnnounce();
  const invite = useMutation(INVITE_MEMBER);
  const [values, setValues] = useState<InviteValues>(EMPTY);
  const [localError, setLocalError] = useState<ApiError>();
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const set = (name: keyof InviteValues) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const partner = values.role === 'PARTNER_CONTACT';
  const fields = useMemo(() => [...INVITE_FIELDS], []);

  const submit = async () => {
    const required: Array<keyof InviteValues> = partner ? ['role', 'partnerDomain', 'partnerLevel'] : ['role'];
    const missing = required.filter((f) => values[f] === '');
    if (missing.length > 0) {
      invite.reset();
      setLocalError(
        new ApiError(
          missing.map((f) => ({
            message: t('form.required', { field: t(`members.field.${f}`) }),
            code: 'VALIDATION_FAILED',
            details: { field: f },
          })),
        ),
      );
      return;
    }
    setLocalError(undefined);
    const optional = (v: string) => (v.trim() === '' ? {} : undefined);
    const input = {
      name: values.name,
      email: values.email,
      role: values.role as (typeof ROLES)[number],
      language: values.language as 'nl' | 'en',
      ...(optional(values.organisation) ?? { organisation: values.organisation }),
      ...(partner
        ? {
            partnerOrganisation: values.partnerOrganisation,
            partnerDomain: values.partnerDomain as (typeof DOMAINS)[number],
            partnerLevel: values.partnerLevel as 'PROFESSIONAL' | 'MANAGEMENT',
          }
        : {}),
    };
    const result = await invite.run({ id: programmeId, input });
    if (result) {
      announce(t('members.invited', { name: values.name, email: values.email }));
      setValues(EMPTY);
      onDone();
    }
  };

  return (
    <ApiForm
      id="invite"
      fields={fields}
      error={localError ?? invite.error}
      running={invite.running}
      onSubmit={() => void submit()}
      submitLabel={t('members.inviteSubmit')}
    >
      <TextField
        name="name"
        label={t('members.field.name')}
        value={values.name}
        onChange={set('name')}
        autoComplete="off"
      />
      <TextField
        name="email"
        label={t('members.field.email')}
        type="email"
        value={values.email}
        onChange={set('email')}
        autoComplete="off"
        inputMode="email"
      />
      <SelectField
        name="role"
        label={t('members.field.role')}
        value={values.role}
        onChange={set('role')}
        placeholder={t('form.choose')}
        options={ROLES.map((r) => ({ value: r, label: label('MemberRole', r) }))}
      />
      <TextField
        name="organisation"
        label={t('members.field.organisation')}
        optional
        value={values.organisation}
        onChange={set('organisation')}
      />
      {partner && (
        <>
          <TextField
            name="partnerOrganisation"
            label={t('members.field.partnerOrganisation')}
            description={t('members.field.partnerOrganisation.description')}
            value={values.partnerOrganisation}
            onChange={set('partnerOrganisation')}
          />
          <SelectField
            name="partnerDomain"
            label={t('members.field.partnerDomain')}
            value={values.partnerDomain}
            onChange={set('partnerDomain')}
            placeholder={t('form.choose')}
            options={DOMAINS.map((d) => ({ value: d, label: label('PartnerDomain', d) }))}
          />
          <SelectField
            name="partnerLevel"
            label={t('members.field.partnerLevel')}
            description={t('members.field.partnerLevel.description')}
            value={values.partnerLevel}
            onChange={set('partnerLevel')}
            placeholder={t('form.choose')}
            options={(['PROFESSIONAL', 'MANAGEMENT'] as const).map((l) => ({
              value: l,
              label: label('SupportLevel', l),
            }))}
          />
        </>
      )}
      <SelectField
        name="language"
        label={t('members.field.language')}
        value={values.language}
        onChange={set('language')}
        options={[
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ]}
      />
    </ApiForm>
  );
}

/** How a member's or invitee's role reads: "Contactpersoon partner — Politie Amsterdam (management)". */
function useRoleText() {
  const label = useLabel();
  return (m: { role: string; partnerOrganisation?: string | null; partnerLevel?: string | null }) =>
    m.role === 'PARTNER_CONTACT' && m.partnerOrganisation
      ? `${label('MemberRole', m.role)} — ${m.partnerOrganisation}${m.partnerLevel ? ` (${label('SupportLevel', m.partnerLevel)})` : ''}`
      : label('MemberRole', m.role);
}

/**
 * The programme's members (P1) and, for the project lead and kwartiermakers, the open invitations
 * (P2) with the invitation form; they may withdraw an invitation or end a membership.
 */
export function MembersSection({
  programme,
  memberships,
  kwartiermaker,
  onChange,
}: {
  programme: PageProgramme;
  memberships: readonly PageMembership[];
  kwartiermaker: boolean;
  onChange: () => void;
}) {
  const intl = useIntl();
  const roleText = useRoleText();
  const announce = useAnnounce();
  const withdraw = useMutation(WITHDRAW_INVITATION);
  const remove = useMutation(REMOVE_MEMBER);
  const manages = kwartiermaker || memberships.some((m) => m.role === 'PROJECT_LEAD');
  const invitationsQuery = useQuery(INVITATIONS_QUERY, { id: programme.id }, !manages);
  const refetchInvitations = invitationsQuery.refetch;
  const seenVersion = useRef(programme.version);
  useEffect(() => {
    if (seenVersion.current === programme.version) return;
    seenVersion.current = programme.version;
    if (manages) refetchInvitations();
  }, [manages, programme.version, refetchInvitations]);
  const invitations = invitationsQuery.data?.programme?.invitations ?? [];
  // Invitations live in the member directory, not the workflow: they move no programme version.
  const refresh = () => {
    onChange();
    if (manages) refetchInvitations();
  };
  const t = (id: string, v?: Record<string, string | number>) => intl.formatMessage({ id }, v);
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' });
  const problem = withdraw.error ?? remove.error ?? invitationsQuery.error;

  const withdrawInvitation = async (invitation: { id: string; name: string }) => {
    remove.reset();
    if (await withdraw.run({ id: programme.id, invitationId: invitation.id })) {
      announce(t('members.withdrawn', { name: invitation.name }));
      refresh();
    }
  };
  const removeMember = async (member: { membershipId: string; name: string }) => {
    withdraw.reset();
    if (await remove.run({ id: programme.id, membershipId: member.membershipId })) {
      announce(t('members.removed', { name: member.name }));
      refresh();
    }
  };

  return (
    <section aria-labelledby="members" className="olievlek-members">
      <Heading2 id="members">
        <FormattedMessage id="members.title" />
      </Heading2>
      {problem && (
        <Alert type="error" role="alert">
          {problem.problems.map((p, i) => (
            <Paragraph key={i}>{problemSentence(p)}</Paragraph>
          ))}
        </Alert>
      )}
      <div className="olievlek-table-scroll" tabIndex={0} role="region" aria-labelledby="members-caption">
        <Table className="olievlek-members__table" data-testid="members-table">
          <TableCaption id="members-caption">{t('members.caption', { n: programme.members.length })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('members.field.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.field.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.field.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.since')}</TableHeaderCell>
              {manages && <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {programme.members.map((m) => (
              <TableRow key={m.membershipId} data-membership={m.membershipId}>
                <TableCell>{m.name}</TableCell>
                <TableCell>{roleText(m)}</TableCell>
                <TableCell>{m.email}</TableCell>
                <TableCell>{date(m.since)}</TableCell>
                {manages && (
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      onClick={() => void removeMember(m)}
                      disabled={remove.running}
                      aria-label={t('members.removeLabel', { name: m.name, role: roleText(m) })}
                    >
                      {t('members.remove')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {manages && (
        <>
          <Heading3 id="invitations">
            <FormattedMessage id="members.invitations" />
          </Heading3>
          {invitations.length === 0 ? (
            <Paragraph>
              <FormattedMessage id="members.noInvitations" />
            </Paragraph>
          ) : (
            <div className="olievlek-table-scroll" tabIndex={0} role="region" aria-labelledby="invitations-caption">
              <Table data-testid="invitations-table">
                <TableCaption id="invitations-caption">
                  {t('members.invitationsCaption', { n: invitations.length })}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('members.field.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.field.role')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.field.email')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.expires')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {invitations.map((i) => (
                    <TableRow key={i.id} data-invitation={i.id}>
                      <TableCell>{i.name}</TableCell>
                      <TableCell>{roleText(i)}</TableCell>
                      <TableCell>{i.email}</TableCell>
                      <TableCell>{date(i.expiresAt)}</TableCell>
                      <TableCell>
                        <Button
                          appearance="subtle-button"
                          onClick={() => void withdrawInvitation(i)}
                          disabled={withdraw.running}
                          aria-label={t('members.withdrawLabel', { name: i.name })}
                        >
                          {t('members.withdraw')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Heading3 id="invite-title">
            <FormattedMessage id="members.invite" />
          </Heading3>
          <Paragraph>
            <FormattedMessage id="members.inviteIntro" />
          </Paragraph>
          <InviteForm programmeId={programme.id} onDone={refresh} />
        </>
      )}
    </section>
  );
}
