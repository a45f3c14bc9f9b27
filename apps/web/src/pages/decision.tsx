import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearch } from 'wouter';
import type { ApiError } from '../api/client';
import { useMutation, useQuery, useSubscription } from '../api/hooks';
import { ProblemAlert } from '../components/problem';
import { graphql } from '../gql';
import type { AcknowledgeDecision, DecisionPageQuery } from '../gql/graphql';
import { useLabel } from '../i18n';
import { decisionStepOf, ESCALATION_PARAM, type DecisionStep } from './decision-path';
import './decision.css';

const AMSTERDAM = 'Europe/Amsterdam';

const DECISION_QUERY = graphql(`
  query DecisionPage($id: ID!) {
    me {
      kwartiermaker
      memberships {
        programmeId
        role
      }
    }
    programme(id: $id) {
      id
      phase
      status
      version
      municipality {
        name
      }
      checklist {
        ruleId
        label
        done
        blocking
        missing
      }
      commitment {
        confirmedAt
        reconfirmedAt
        administrativeLead {
          designatedAt
        }
        recommitment {
          reason
          since
          electionDay
          dueAt
        }
      }
      agenda {
        adoptedAt
        actions {
          id
          title
          theme
          ownerOrganisation
          status
        }
        support {
          organisation
          level
          at
        }
      }
      escalations {
        id
        level
        kind
        message
        dueAt
        raisedAt
        status
        resolvedAt
        ruleId
        acknowledgements {
          at
          decision
          weeks
          by {
            name
            onBehalfOf {
              name
            }
          }
        }
      }
      members {
        memberId
        name
        role
      }
    }
  }
`);

const DECISION_CHANGED = graphql(`
  subscription DecisionPageChanged($id: ID!) {
    programmeChanged(programmeId: $id) {
      id
      version
    }
  }
`);

const CONFIRM_COMMITMENT = graphql(`
  mutation DecideConfirmCommitment($id: ID!, $onBehalf: Boolean) {
    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

const ADOPT_AGENDA = graphql(`
  mutation DecideAdoptAgenda($id: ID!, $onBehalf: Boolean) {
    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

const RECONFIRM_COMMITMENT = graphql(`
  mutation DecideReconfirmCommitment($id: ID!, $onBehalf: Boolean) {
    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

const ACKNOWLEDGE_ESCALATION = graphql(`
  mutation DecideAcknowledgeEscalation($id: ID!, $input: AcknowledgeEscalationInput!, $onBehalf: Boolean) {
    acknowledgeEscalation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

type Programme = NonNullable<DecisionPageQuery['programme']>;
type Escalation = Programme['escalations'][number];

const DECISIONS: readonly AcknowledgeDecision[] = ['EXTEND', 'PAUSE', 'NOTE'];
const WEEK_MS = 7 * 24 * 3600 * 1000;

const normalise = (organisation: string) => organisation.trim().toLocaleLowerCase('nl-NL');

/**
 * An alderman's decision (P1): confirm the commitment (R1.1), adopt the agenda (R2.5) or decide on
 * a level-1 or level-2 escalation (P3). What the rules require is shown first, met or missing,
 * then the form. A programme manager records the decision only "namens" the alderman.
 */
export default function DecisionPage({ id, slug }: { id: string; slug: string }) {
  const step = decisionStepOf(slug);
  const escalationId = new URLSearchParams(useSearch()).get(ESCALATION_PARAM) ?? undefined;
  const { data, error, refetch } = useQuery(DECISION_QUERY, { id }, step === undefined);
  const intl = useIntl();
  useSubscription(DECISION_CHANGED, { id }, refetch);
  if (step === undefined) return <Paragraph>{intl.formatMessage({ id: 'decision.unknownStep' })}</Paragraph>;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data) return null;
  const programme = data.programme;
  if (!programme) return <Paragraph>{intl.formatMessage({ id: 'programme.notFound' })}</Paragraph>;
  const roles = data.me.memberships.filter((m) => m.programmeId === programme.id).map((m) => m.role);
  const escalation = escalationId ? programme.escalations.find((e) => e.id === escalationId) : undefined;
  const municipality = programme.municipality.name;
  return (
    <>
      <Paragraph className="olievlek-decision__programme">
        <Link href={`/programmas/${encodeURIComponent(programme.id)}`} className="utrecht-link">
          {intl.formatMessage({ id: 'decision.backToProgramme' }, { municipality })}
        </Link>
      </Paragraph>
      <Heading1>{intl.formatMessage({ id: `decision.title.${step}` })}</Heading1>
      <Paragraph lead>{intl.formatMessage({ id: 'decision.programme' }, { municipality })}</Paragraph>
      {step === 'acknowledgeEscalation' ? (
        <EscalationDecision
          programme={programme}
          escalation={escalation}
          roles={roles}
          kwartiermaker={data.me.kwartiermaker}
          onDecided={refetch}
        />
      ) : step === 'reconfirmCommitment' ? (
        <RecommitmentDecision programme={programme} roles={roles} onDecided={refetch} />
      ) : (
        <PhaseDecision step={step} programme={programme} roles={roles} onDecided={refetch} />
      )}
    </>
  );
}

/** R1.1 confirm / R2.5 adopt: the phase's checklist (without the decision itself), then the form. */
function PhaseDecision({
  step,
  programme,
  roles,
  onDecided,
}: {
  step: 'confirmCommitment' | 'adoptAgenda';
  programme: Programme;
  roles: string[];
  onDecided: () => void;
}) {
  const intl = useIntl();
  const phase = step === 'confirmCommitment' ? 'COMMITMENT' : 'AGENDA';
  const decidedAt = step === 'confirmCommitment' ? programme.commitment?.confirmedAt : programme.agenda?.adoptedAt;
  if (programme.phase !== phase) {
    return (
      <Paragraph className="olievlek-decision__state">
        {decidedAt
          ? intl.formatMessage(
              { id: `decision.notNow.${step}` },
              { date: intl.formatDate(decidedAt, { dateStyle: 'long', timeZone: AMSTERDAM }) },
            )
          : intl.formatMessage({ id: `decision.notYet.${step}` })}
      </Paragraph>
    );
  }
  // The checklist's R2.5 item is this decision itself: what it requires are the other items.
  const requirements = programme.checklist.filter((item) => item.ruleId !== 'R2.5');
  const open = requirements.filter((item) => item.blocking && !item.done).length;
  return (
    <>
      <section aria-labelledby="decision-requirements" className="olievlek-decision__requirements">
        <Heading2 id="decision-requirements">
          <FormattedMessage id="decision.requirements" />
        </Heading2>
        <Paragraph>{intl.formatMessage({ id: `decision.requirementsIntro.${step}` })}</Paragraph>
        <Paragraph className="olievlek-decision__summary" data-met={open === 0}>
          <strong>
            {open === 0
              ? intl.formatMessage({ id: 'decision.allMet' })
              : intl.formatMessage({ id: 'decision.openCount' }, { n: open })}
          </strong>
        </Paragraph>
        <ul className="olievlek-decision__checklist">
          {requirements.map((item) => (
            <li
              key={item.ruleId}
              className="olievlek-decision__requirement"
              data-rule={item.ruleId}
              data-done={item.done}
              data-blocking={item.blocking}
            >
              <span className="olievlek-decision__mark">
                {intl.formatMessage({
                  id: item.done ? 'decision.met' : item.blocking ? 'decision.missing' : 'decision.recommended',
                })}
              </span>{' '}
              <strong>{item.ruleId}</strong> {item.label}
              {!item.done && item.missing && (
                <Paragraph className="olievlek-decision__missing">{item.missing}</Paragraph>
              )}
            </li>
          ))}
        </ul>
        {step === 'adoptAgenda' && programme.agenda && <AgendaOverview agenda={programme.agenda} />}
      </section>
      <DecisionForm step={step} programme={programme} roles={roles} onDecided={onDecided} />
    </>
  );
}

/**
 * R1.6: the (new) alderman re-confirms the commitment: why (a new designation, or the elections),
 * since when and by when (12 weeks, then the ladder), and that nothing else is reset; then the form.
 */
function RecommitmentDecision({
  programme,
  roles,
  onDecided,
}: {
  programme: Programme;
  roles: string[];
  onDecided: () => void;
}) {
  const intl = useIntl();
  const open = programme.commitment?.recommitment;
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeZone: AMSTERDAM });
  if (!open) {
    const at = programme.commitment?.reconfirmedAt;
    return (
      <Paragraph className="olievlek-decision__state">
        {at
          ? intl.formatMessage({ id: 'decision.notNow.reconfirmCommitment' }, { date: date(at) })
          : intl.formatMessage({ id: 'decision.notYet.reconfirmCommitment' })}
      </Paragraph>
    );
  }
  const overdue = Date.parse(open.dueAt) <= Date.now();
  return (
    <>
      <section aria-labelledby="decision-requirements" className="olievlek-decision__requirements">
        <Heading2 id="decision-requirements">
          <FormattedMessage id="decision.requirements" />
        </Heading2>
        <Paragraph>{intl.formatMessage({ id: 'decision.requirementsIntro.reconfirmCommitment' })}</Paragraph>
        <DataList className="olievlek-decision__recommitment">
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.recommitment.reason' })}</DataListKey>
            <DataListValue>
              <span data-field="reason" data-reason={open.reason}>
                {open.reason === 'ELECTION' && open.electionDay
                  ? intl.formatMessage(
                      { id: 'decision.recommitment.reason.ELECTION' },
                      { date: date(`${open.electionDay}T12:00:00Z`) },
                    )
                  : intl.formatMessage({ id: 'decision.recommitment.reason.NEW_LEAD' })}
              </span>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.recommitment.since' })}</DataListKey>
            <DataListValue>
              <span data-field="since">{date(open.since)}</span>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.recommitment.due' })}</DataListKey>
            <DataListValue>
              <span data-field="due" data-overdue={overdue}>
                {intl.formatMessage(
                  { id: overdue ? 'decision.recommitment.overdue' : 'decision.recommitment.dueValue' },
                  { date: date(open.dueAt) },
                )}
              </span>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationRule' })}</DataListKey>
            <DataListValue>R1.6</DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph>{intl.formatMessage({ id: 'decision.recommitment.nothingReset' })}</Paragraph>
      </section>
      <DecisionForm step="reconfirmCommitment" programme={programme} roles={roles} onDecided={onDecided} />
    </>
  );
}

/** R2.5: what is being adopted, the actions and, per owner, the support at both levels (R2.4). */
function AgendaOverview({ agenda }: { agenda: NonNullable<Programme['agenda']> }) {
  const intl = useIntl();
  const label = useLabel();
  const owners = [
    ...new Map(agenda.actions.map((a) => [normalise(a.ownerOrganisation), a.ownerOrganisation])).values(),
  ];
  const confirmation = (organisation: string, level: string) =>
    agenda.support.find((s) => normalise(s.organisation) === normalise(organisation) && s.level === level);
  return (
    <>
      <Heading3 id="decision-actions">
        <FormattedMessage id="decision.actions" />
      </Heading3>
      <div className="olievlek-table-scroll">
        <Table className="olievlek-decision__actions" aria-labelledby="decision-actions-caption">
          <TableCaption id="decision-actions-caption">
            {intl.formatMessage({ id: 'decision.actionsCaption' }, { n: agenda.actions.length })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionTitle' })}</TableHeaderCell>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionTheme' })}</TableHeaderCell>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionOwner' })}</TableHeaderCell>
              <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.actionStatus' })}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {agenda.actions.map((a) => (
              <TableRow key={a.id} data-action={a.id}>
                <TableCell>{a.title}</TableCell>
                <TableCell>{label('Theme', a.theme)}</TableCell>
                <TableCell>{a.ownerOrganisation}</TableCell>
                <TableCell>{label('ActionStatus', a.status)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {owners.length > 0 && (
        <>
          <Heading3>
            <FormattedMessage id="decision.support" />
          </Heading3>
          <div className="olievlek-table-scroll">
            <Table className="olievlek-decision__support">
              <TableCaption>{intl.formatMessage({ id: 'decision.supportCaption' })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{intl.formatMessage({ id: 'decision.organisation' })}</TableHeaderCell>
                  <TableHeaderCell scope="col">{label('SupportLevel', 'PROFESSIONAL')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{label('SupportLevel', 'MANAGEMENT')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {owners.map((organisation) => (
                  <TableRow key={organisation} data-organisation={organisation}>
                    <TableHeaderCell scope="row">{organisation}</TableHeaderCell>
                    {(['PROFESSIONAL', 'MANAGEMENT'] as const).map((level) => {
                      const found = confirmation(organisation, level);
                      return (
                        <TableCell key={level} data-level={level} data-confirmed={found !== undefined}>
                          {found
                            ? intl.formatMessage(
                                { id: 'decision.confirmedOn' },
                                { date: intl.formatDate(found.at, { dateStyle: 'medium', timeZone: AMSTERDAM }) },
                              )
                            : intl.formatMessage({ id: 'decision.notConfirmed' })}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </>
  );
}

/** P3: an escalation's reason and since when, earlier decisions on it, then the decision form. */
function EscalationDecision({
  programme,
  escalation,
  roles,
  kwartiermaker,
  onDecided,
}: {
  programme: Programme;
  escalation: Escalation | undefined;
  roles: string[];
  kwartiermaker: boolean;
  onDecided: () => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  if (!escalation) return <Paragraph>{intl.formatMessage({ id: 'decision.escalationNotFound' })}</Paragraph>;
  // Since when: the moment the step's deadline passed (a caught-up escalation is raised later than that).
  const weeks = Math.max(0, Math.floor((Date.now() - Date.parse(escalation.dueAt)) / WEEK_MS));
  const national = escalation.level >= 3;
  return (
    <>
      <section aria-labelledby="decision-requirements" className="olievlek-decision__requirements">
        <Heading2 id="decision-requirements">
          <FormattedMessage id="decision.escalation" />
        </Heading2>
        <DataList className="olievlek-decision__escalation">
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationLevel' })}</DataListKey>
            <DataListValue>
              {intl.formatMessage({ id: 'decision.escalationLevelValue' }, { level: escalation.level })}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationKind' })}</DataListKey>
            <DataListValue>{label('EscalationKind', escalation.kind)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationReason' })}</DataListKey>
            <DataListValue>
              <span data-field="reason">{escalation.message}</span>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationSince' })}</DataListKey>
            <DataListValue>
              <span data-field="since">
                {intl.formatMessage(
                  { id: 'decision.escalationSinceValue' },
                  {
                    date: intl.formatDate(escalation.dueAt, {
                      dateStyle: 'long',
                      timeStyle: 'short',
                      timeZone: AMSTERDAM,
                    }),
                    weeks,
                  },
                )}
              </span>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationRaised' })}</DataListKey>
            <DataListValue>
              <span data-field="raised">
                {intl.formatDate(escalation.raisedAt, { dateStyle: 'long', timeStyle: 'short', timeZone: AMSTERDAM })}
              </span>
            </DataListValue>
          </DataListItem>
          {escalation.ruleId && (
            <DataListItem>
              <DataListKey>{intl.formatMessage({ id: 'decision.escalationRule' })}</DataListKey>
              <DataListValue>{escalation.ruleId}</DataListValue>
            </DataListItem>
          )}
          <DataListItem>
            <DataListKey>{intl.formatMessage({ id: 'decision.escalationStatus' })}</DataListKey>
            <DataListValue>
              <span data-field="status">{label('EscalationStatus', escalation.status)}</span>
            </DataListValue>
          </DataListItem>
        </DataList>
        {escalation.acknowledgements.length > 0 && (
          <>
            <Heading3>
              <FormattedMessage id="decision.earlierDecisions" />
            </Heading3>
            <ul>
              {escalation.acknowledgements.map((a, i) => (
                <li key={i}>
                  {intl.formatDate(a.at, { dateStyle: 'medium', timeZone: AMSTERDAM })}:{' '}
                  {label('AcknowledgeDecision', a.decision)}
                  {a.weeks ? ` (${intl.formatNumber(a.weeks)})` : ''}
                  {a.by.name ? ` · ${a.by.name}` : ''}
                  {a.by.onBehalfOf?.name ? ` / ${a.by.onBehalfOf.name}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {escalation.status === 'RESOLVED' ? (
        <Paragraph className="olievlek-decision__state">
          {intl.formatMessage(
            { id: 'decision.escalationResolved' },
            {
              date: escalation.resolvedAt
                ? intl.formatDate(escalation.resolvedAt, { dateStyle: 'long', timeZone: AMSTERDAM })
                : '',
            },
          )}
        </Paragraph>
      ) : national && !kwartiermaker ? (
        <Paragraph className="olievlek-decision__state">
          {intl.formatMessage({ id: 'decision.escalationNational' })}
        </Paragraph>
      ) : (
        <DecisionForm
          step="acknowledgeEscalation"
          programme={programme}
          roles={kwartiermaker ? [...roles, 'KWARTIERMAKER'] : roles}
          escalationId={escalation.id}
          onDecided={onDecided}
        />
      )}
    </>
  );
}

/** Which problem concerns a field of the form (`details.field`), and which are for the whole form. */
function split(error: ApiError | undefined, fields: readonly string[]) {
  const byField = new Map<string, string>();
  const general: ApiError['problems'] = [];
  for (const p of error?.problems ?? []) {
    const field = typeof p.details.field === 'string' ? p.details.field : undefined;
    if (field && fields.includes(field) && !byField.has(field)) byField.set(field, p.message);
    else general.push(p);
  }
  return { byField, general };
}

/**
 * The decision itself. The alderman decides as themselves; a programme manager only "namens" the
 * alderman (the choice is shown only to them); a kwartiermaker may decide on an escalation. Everyone
 * else reads what the rules require. The server decides again from the person's memberships (P1).
 */
function DecisionForm({
  step,
  programme,
  roles,
  escalationId,
  onDecided,
}: {
  step: DecisionStep;
  programme: Programme;
  roles: string[];
  escalationId?: string;
  onDecided: () => void;
}) {
  const intl = useIntl();
  const alderman = roles.includes('ADMINISTRATIVE_LEAD');
  const mayDecideNationally = step === 'acknowledgeEscalation' && roles.includes('KWARTIERMAKER');
  const onBehalfOnly = !alderman && !mayDecideNationally && roles.includes('PROGRAMME_MANAGER');
  const aldermanName = programme.members.find((m) => m.role === 'ADMINISTRATIVE_LEAD')?.name;
  const confirm = useMutation(CONFIRM_COMMITMENT);
  const adopt = useMutation(ADOPT_AGENDA);
  const acknowledge = useMutation(ACKNOWLEDGE_ESCALATION);
  const reconfirm = useMutation(RECONFIRM_COMMITMENT);
  const mutation =
    step === 'confirmCommitment'
      ? confirm
      : step === 'adoptAgenda'
        ? adopt
        : step === 'reconfirmCommitment'
          ? reconfirm
          : acknowledge;
  const [onBehalf, setOnBehalf] = useState(false);
  const [decision, setDecision] = useState<AcknowledgeDecision>('EXTEND');
  const [weeks, setWeeks] = useState('4');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<{ field: string; message: string }>();
  const [done, setDone] = useState(false);
  const alert = useRef<HTMLDivElement>(null);
  const firstInvalid = useRef<HTMLInputElement>(null);

  if (!alderman && !onBehalfOnly && !mayDecideNationally) {
    return (
      <section aria-labelledby="decision-form" className="olievlek-decision__form">
        <Heading2 id="decision-form">
          <FormattedMessage id="decision.form" />
        </Heading2>
        <Paragraph>{intl.formatMessage({ id: 'decision.onlyAlderman' })}</Paragraph>
      </section>
    );
  }

  const { byField, general } = split(mutation.error, ['weeks', 'note', 'decision']);
  if (localError) byField.set(localError.field, localError.message);
  const focusAlert = () => requestAnimationFrame(() => alert.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setLocalError(undefined);
    if (onBehalfOnly && !onBehalf) {
      setLocalError({ field: 'onBehalf', message: intl.formatMessage({ id: 'decision.onBehalfRequired' }) });
      requestAnimationFrame(() => firstInvalid.current?.focus());
      return;
    }
    const weeksNumber = Number(weeks);
    if (step === 'acknowledgeEscalation' && decision === 'EXTEND') {
      if (!Number.isInteger(weeksNumber) || weeksNumber < 1 || weeksNumber > 52) {
        setLocalError({ field: 'weeks', message: intl.formatMessage({ id: 'decision.weeksInvalid' }) });
        requestAnimationFrame(() => document.getElementById('decision-weeks')?.focus());
        return;
      }
    }
    const behalf = onBehalfOnly ? { onBehalf: true } : {};
    const result =
      step === 'confirmCommitment'
        ? await confirm.run({ id: programme.id, ...behalf })
        : step === 'adoptAgenda'
          ? await adopt.run({ id: programme.id, ...behalf })
          : step === 'reconfirmCommitment'
            ? await reconfirm.run({ id: programme.id, ...behalf })
            : await acknowledge.run({
                id: programme.id,
                ...behalf,
                input: {
                  escalationId: escalationId!,
                  decision,
                  ...(decision === 'EXTEND' ? { weeks: weeksNumber } : {}),
                  ...(note.trim() ? { note: note.trim() } : {}),
                },
              });
    if (result) {
      setDone(true);
      onDecided();
    }
    focusAlert();
  }

  return (
    <section aria-labelledby="decision-form" className="olievlek-decision__form">
      <Heading2 id="decision-form">
        <FormattedMessage id="decision.form" />
      </Heading2>
      <div ref={alert} tabIndex={-1} className="olievlek-decision__alert">
        {general.length > 0 && (
          <Alert type="error" role="alert">
            <Heading3>
              <FormattedMessage id="decision.refused" />
            </Heading3>
            {general.map((p, i) => (
              <Paragraph key={i} data-code={p.code} data-rule={p.rule}>
                {p.rule && p.code === 'RULE_VIOLATION' && (
                  <strong>{intl.formatMessage({ id: 'decision.rule' }, { rule: p.rule })}: </strong>
                )}
                {p.message}
              </Paragraph>
            ))}
          </Alert>
        )}
        {done && !mutation.error && (
          <Alert type="ok" role="status">
            <Paragraph>{intl.formatMessage({ id: 'decision.done' })}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {step === 'acknowledgeEscalation' && (
          <>
            <Fieldset>
              <FieldsetLegend>{intl.formatMessage({ id: 'decision.choice' })}</FieldsetLegend>
              {DECISIONS.map((d) => (
                <div key={d} className="olievlek-decision__radio">
                  <RadioButton
                    id={`decision-${d}`}
                    name="decision"
                    value={d}
                    checked={decision === d}
                    onChange={() => setDecision(d)}
                  />
                  <FormLabel htmlFor={`decision-${d}`} type="radio">
                    {intl.formatMessage({ id: `decision.choice.${d}` })}
                  </FormLabel>
                </div>
              ))}
            </Fieldset>
            {decision === 'EXTEND' && (
              <FormField invalid={byField.has('weeks')}>
                <FormLabel htmlFor="decision-weeks">{intl.formatMessage({ id: 'decision.weeks' })}</FormLabel>
                <FormFieldDescription id="decision-weeks-hint">
                  {intl.formatMessage({ id: 'decision.weeksHint' })}
                </FormFieldDescription>
                {byField.has('weeks') && (
                  <FormFieldErrorMessage id="decision-weeks-error">{byField.get('weeks')}</FormFieldErrorMessage>
                )}
                <Textbox
                  id="decision-weeks"
                  inputMode="numeric"
                  value={weeks}
                  onChange={(e) => setWeeks(e.target.value)}
                  invalid={byField.has('weeks')}
                  aria-invalid={byField.has('weeks') || undefined}
                  aria-describedby={`decision-weeks-hint${byField.has('weeks') ? ' decision-weeks-error' : ''}`}
                  size={4}
                />
              </FormField>
            )}
            <FormField invalid={byField.has('note')}>
              <FormLabel htmlFor="decision-note">{intl.formatMessage({ id: 'decision.note' })}</FormLabel>
              <FormFieldDescription id="decision-note-hint">
                {intl.formatMessage({ id: 'decision.noteWarning' })}
              </FormFieldDescription>
              {byField.has('note') && (
                <FormFieldErrorMessage id="decision-note-error">{byField.get('note')}</FormFieldErrorMessage>
              )}
              <Textarea
                id="decision-note"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                invalid={byField.has('note')}
                aria-invalid={byField.has('note') || undefined}
                aria-describedby={`decision-note-hint${byField.has('note') ? ' decision-note-error' : ''}`}
                rows={3}
                maxLength={2000}
              />
            </FormField>
          </>
        )}
        {onBehalfOnly &&
          (aldermanName === undefined ? (
            <Paragraph>{intl.formatMessage({ id: 'decision.noAlderman' })}</Paragraph>
          ) : (
            <FormFieldCheckbox
              id="decision-on-behalf"
              label={intl.formatMessage({ id: 'decision.onBehalf' }, { alderman: aldermanName })}
              description={intl.formatMessage({ id: 'decision.onBehalfHint' })}
              errorMessage={byField.get('onBehalf')}
              invalid={byField.has('onBehalf')}
              checked={onBehalf}
              inputRef={firstInvalid}
              onChange={(e) => setOnBehalf(e.target.checked)}
            />
          ))}
        <Button type="submit" appearance="primary-action-button" busy={mutation.running} disabled={mutation.running}>
          {intl.formatMessage({ id: `decision.submit.${step}` })}
        </Button>
      </form>
    </section>
  );
}
