import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { ApiError } from '../../../api/client';
import { useMutation, useQuery, useSubscription } from '../../../api/hooks';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { ActionStatus, PartnerSectionQuery, SupportLevel } from '../../../gql/graphql';
import { useLabel } from '../../../i18n';
import './partner.css';

const AMSTERDAM = 'Europe/Amsterdam';

const PARTNER_QUERY = graphql(`
  query PartnerSection($id: ID!) {
    me {
      memberships {
        programmeId
        role
        partnerOrganisation
        partnerLevel
      }
    }
    programme(id: $id) {
      id
      phase
      version
      commitment {
        partners {
          organisation
          domain
          committedAt
        }
      }
      agenda {
        actions {
          id
          title
          theme
          ownerOrganisation
          status
          droppedReason
        }
        support {
          organisation
          level
          at
        }
      }
    }
  }
`);

const PARTNER_CHANGED = graphql(`
  subscription PartnerSectionChanged($id: ID!) {
    programmeChanged(programmeId: $id) {
      id
      version
    }
  }
`);

const PARTNER_CONFIRM_SUPPORT = graphql(`
  mutation PartnerConfirmSupport($id: ID!, $input: ConfirmSupportInput!) {
    confirmSupport(programmeId: $id, input: $input) {
      id
      version
    }
  }
`);

const PARTNER_UPDATE_ACTION = graphql(`
  mutation PartnerUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!) {
    updateActionStatus(programmeId: $id, input: $input) {
      id
      version
    }
  }
`);

type Programme = NonNullable<PartnerSectionQuery['programme']>;
type Action = NonNullable<Programme['agenda']>['actions'][number];

const LEVELS: readonly SupportLevel[] = ['PROFESSIONAL', 'MANAGEMENT'];
const NEXT_STATUSES: readonly ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

/** Organisation names compare as the workflow compares them (trimmed, case-insensitive). */
const normalise = (organisation: string) => organisation.trim().toLocaleLowerCase('nl-NL');

/**
 * The partner contact's part of the programme page (shown only to a PARTNER_CONTACT there): per
 * organisation they speak for, what it committed to (R1.2), the actions it owns with their status
 * (R3.2) and the support test at the contact's own level (R2.4). Only their own organisation's
 * actions are shown; the server refuses any other organisation or level anyway (P1).
 */
export function PartnerSection({ programmeId }: { programmeId: string }) {
  const { data, error, refetch } = useQuery(PARTNER_QUERY, { id: programmeId });
  useSubscription(PARTNER_CHANGED, { id: programmeId }, refetch);
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const programme = data?.programme;
  if (!data || !programme) return null;
  const mine = data.me.memberships.filter(
    (m) => m.programmeId === programme.id && m.role === 'PARTNER_CONTACT' && m.partnerOrganisation,
  );
  if (mine.length === 0) return null;
  // One block per organisation, with the levels the person holds for it.
  const organisations = new Map<string, { organisation: string; levels: SupportLevel[] }>();
  for (const m of mine) {
    const key = normalise(m.partnerOrganisation!);
    const entry = organisations.get(key) ?? { organisation: m.partnerOrganisation!, levels: [] };
    if (m.partnerLevel && !entry.levels.includes(m.partnerLevel)) entry.levels.push(m.partnerLevel);
    organisations.set(key, entry);
  }
  return (
    <>
      {[...organisations.values()].map((o, i) => (
        <OrganisationBlock
          key={o.organisation}
          index={i}
          organisation={o.organisation}
          levels={o.levels}
          programme={programme}
          onChanged={refetch}
        />
      ))}
    </>
  );
}

function OrganisationBlock({
  index,
  organisation,
  levels,
  programme,
  onChanged,
}: {
  index: number;
  organisation: string;
  levels: SupportLevel[];
  programme: Programme;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  const key = normalise(organisation);
  const committed = programme.commitment?.partners.find((p) => normalise(p.organisation) === key);
  const actions = (programme.agenda?.actions ?? []).filter((a) => normalise(a.ownerOrganisation) === key);
  const heading = `partner-${index}`;
  return (
    <section aria-labelledby={heading} className="olievlek-partner" data-organisation={organisation}>
      <Heading2 id={heading}>{intl.formatMessage({ id: 'partner.title' })}</Heading2>
      <Paragraph>
        {intl.formatMessage(
          { id: 'partner.intro' },
          { organisation, levels: intl.formatList(levels.map((l) => label('SupportLevel', l))) },
        )}
      </Paragraph>

      <Heading3>{intl.formatMessage({ id: 'partner.commitment' }, { organisation })}</Heading3>
      <Paragraph className="olievlek-partner__commitment" data-committed={committed !== undefined}>
        {committed
          ? intl.formatMessage(
              { id: 'partner.committed' },
              {
                organisation: committed.organisation,
                date: intl.formatDate(committed.committedAt, { dateStyle: 'long', timeZone: AMSTERDAM }),
                domain: label('PartnerDomain', committed.domain),
              },
            )
          : intl.formatMessage({ id: 'partner.notCommitted' }, { organisation })}
      </Paragraph>

      <Heading3 id={`${heading}-actions`}>{intl.formatMessage({ id: 'partner.actions' }, { organisation })}</Heading3>
      {actions.length === 0 ? (
        <Paragraph>{intl.formatMessage({ id: 'partner.noActions' })}</Paragraph>
      ) : (
        <ActionsTable
          organisation={organisation}
          actions={actions}
          programme={programme}
          onChanged={onChanged}
          idPrefix={heading}
        />
      )}

      <Heading3>{intl.formatMessage({ id: 'partner.support' })}</Heading3>
      <Paragraph>{intl.formatMessage({ id: 'partner.supportIntro' })}</Paragraph>
      <SupportLevels organisation={organisation} levels={levels} programme={programme} onChanged={onChanged} />
    </section>
  );
}

/** The actions the organisation owns, each with its status and, during execution, a way to change it (R3.2). */
function ActionsTable({
  organisation,
  actions,
  programme,
  onChanged,
  idPrefix,
}: {
  organisation: string;
  actions: Action[];
  programme: Programme;
  onChanged: () => void;
  idPrefix: string;
}) {
  const intl = useIntl();
  const label = useLabel();
  const executing = programme.phase === 'EXECUTION';
  return (
    <>
      <div className="olievlek-table-scroll">
        <Table className="olievlek-partner__actions">
          <TableCaption>
            {intl.formatMessage({ id: 'partner.actionsCaption' }, { n: actions.length, organisation })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionTitle' })}</TableHeaderCell>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionTheme' })}</TableHeaderCell>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionStatus' })}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {actions.map((a) => (
              <TableRow key={a.id} data-action={a.id}>
                <TableCell>{a.title}</TableCell>
                <TableCell>{label('Theme', a.theme)}</TableCell>
                <TableCell data-status={a.status}>
                  {label('ActionStatus', a.status)}
                  {a.droppedReason ? ` — ${a.droppedReason}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {executing ? (
        actions
          .filter((a) => a.status !== 'DONE' && a.status !== 'DROPPED')
          .map((a) => (
            <ActionStatusForm
              key={a.id}
              action={a}
              programmeId={programme.id}
              onChanged={onChanged}
              idPrefix={`${idPrefix}-${a.id}`}
            />
          ))
      ) : (
        <Paragraph className="olievlek-partner__note">
          {intl.formatMessage({ id: 'partner.statusOnlyInExecution' })}
        </Paragraph>
      )}
    </>
  );
}

function fieldProblem(error: ApiError | undefined, field: string): string | undefined {
  return error?.problems.find((p) => p.details.field === field)?.message;
}

/** updateActionStatus for one action; a drop needs a reason (R3.2). Keeps what was typed on a refusal. */
function ActionStatusForm({
  action,
  programmeId,
  onChanged,
  idPrefix,
}: {
  action: Action;
  programmeId: string;
  onChanged: () => void;
  idPrefix: string;
}) {
  const intl = useIntl();
  const label = useLabel();
  const update = useMutation(PARTNER_UPDATE_ACTION);
  const [status, setStatus] = useState<ActionStatus>(action.status === 'PLANNED' ? 'IN_PROGRESS' : 'DONE');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const alert = useRef<HTMLDivElement>(null);
  const reasonError = fieldProblem(update.error, 'reason');
  const general = update.error?.problems.filter((p) => p.details.field !== 'reason') ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const done = await update.run({
      id: programmeId,
      input: { actionId: action.id, status, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
    if (done) {
      setSaved(true);
      setReason('');
      onChanged();
    }
    requestAnimationFrame(() => alert.current?.focus());
  }

  return (
    <form className="olievlek-partner__status-form" onSubmit={(e) => void submit(e)} noValidate data-action={action.id}>
      <div ref={alert} tabIndex={-1}>
        {general.length > 0 && (
          <Alert type="error" role="alert">
            {general.map((p, i) => (
              <Paragraph key={i}>
                {p.rule && p.code === 'RULE_VIOLATION' ? `${p.rule}: ` : ''}
                {p.message}
              </Paragraph>
            ))}
          </Alert>
        )}
        {saved && (
          <Alert type="ok" role="status">
            <Paragraph>{intl.formatMessage({ id: 'partner.statusSaved' }, { title: action.title })}</Paragraph>
          </Alert>
        )}
      </div>
      <FormField>
        <FormLabel htmlFor={`${idPrefix}-status`}>
          {intl.formatMessage({ id: 'partner.newStatus' }, { title: action.title })}
        </FormLabel>
        <Select id={`${idPrefix}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {NEXT_STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {label('ActionStatus', s)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {status === 'DROPPED' && (
        <FormField invalid={reasonError !== undefined}>
          <FormLabel htmlFor={`${idPrefix}-reason`}>{intl.formatMessage({ id: 'partner.reason' })}</FormLabel>
          <FormFieldDescription id={`${idPrefix}-reason-hint`}>
            {intl.formatMessage({ id: 'partner.reasonHint' })}
          </FormFieldDescription>
          {reasonError && <FormFieldErrorMessage id={`${idPrefix}-reason-error`}>{reasonError}</FormFieldErrorMessage>}
          <Textbox
            id={`${idPrefix}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            invalid={reasonError !== undefined}
            aria-invalid={reasonError !== undefined || undefined}
            aria-describedby={`${idPrefix}-reason-hint${reasonError ? ` ${idPrefix}-reason-error` : ''}`}
            maxLength={500}
          />
        </FormField>
      )}
      <Button type="submit" appearance="secondary-action-button" busy={update.running} disabled={update.running}>
        {intl.formatMessage({ id: 'partner.updateStatus' })}
      </Button>
    </form>
  );
}

/** R2.4: the organisation's support at both levels, with a button to confirm at the person's own level. */
function SupportLevels({
  organisation,
  levels,
  programme,
  onChanged,
}: {
  organisation: string;
  levels: SupportLevel[];
  programme: Programme;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  const confirm = useMutation(PARTNER_CONFIRM_SUPPORT);
  const [confirmed, setConfirmed] = useState<SupportLevel>();
  const alert = useRef<HTMLDivElement>(null);
  const open = programme.phase === 'AGENDA' || programme.phase === 'EXECUTION';
  const support = programme.agenda?.support ?? [];
  const found = (level: SupportLevel) =>
    support.find((s) => normalise(s.organisation) === normalise(organisation) && s.level === level);

  async function run(level: SupportLevel) {
    setConfirmed(undefined);
    const done = await confirm.run({ id: programme.id, input: { organisation, level } });
    if (done) {
      setConfirmed(level);
      onChanged();
    }
    requestAnimationFrame(() => alert.current?.focus());
  }

  return (
    <>
      <div ref={alert} tabIndex={-1}>
        {confirm.error && (
          <Alert type="error" role="alert">
            {confirm.error.problems.map((p, i) => (
              <Paragraph key={i}>
                {p.rule ? `${p.rule}: ` : ''}
                {p.message}
              </Paragraph>
            ))}
          </Alert>
        )}
        {confirmed && (
          <Alert type="ok" role="status">
            <Paragraph>
              {intl.formatMessage({ id: 'partner.supportDone' }, { level: label('SupportLevel', confirmed) })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <ul className="olievlek-partner__support">
        {LEVELS.map((level) => {
          const s = found(level);
          // R2.4: the button only at the person's own level; the other level shows its state.
          const own = levels.includes(level);
          return (
            <li key={level} data-level={level} data-confirmed={s !== undefined}>
              {s
                ? intl.formatMessage(
                    { id: 'partner.supportConfirmed' },
                    {
                      level: label('SupportLevel', level),
                      date: intl.formatDate(s.at, { dateStyle: 'long', timeZone: AMSTERDAM }),
                    },
                  )
                : intl.formatMessage({ id: 'partner.supportOpen' }, { level: label('SupportLevel', level) })}
              {!s && open && own && (
                <>
                  {' '}
                  <Button
                    appearance="primary-action-button"
                    busy={confirm.running}
                    disabled={confirm.running}
                    onClick={() => void run(level)}
                  >
                    {intl.formatMessage({ id: 'partner.confirmSupport' }, { level: label('SupportLevel', level) })}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {!open && (
        <Paragraph className="olievlek-partner__note">{intl.formatMessage({ id: 'partner.supportNotNow' })}</Paragraph>
      )}
    </>
  );
}
