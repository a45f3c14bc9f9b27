import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApiError } from '../../api/client';
import { useMutation, useQuery, useSubscription } from '../../api/hooks';
import { ProblemAlert } from '../../components/problem';
import type { AcknowledgeDecision, NationalProgrammeQuery } from '../../gql/graphql';
import { useLabel } from '../../i18n';
import { THRESHOLD_BOUNDS, THRESHOLD_LIMITS, THRESHOLD_STEPS, type ThresholdStep } from './bounds';
import {
  ACKNOWLEDGE_ESCALATION,
  CHANGE_THRESHOLDS,
  MENTOR_SUGGESTIONS,
  NATIONAL_PANEL_CHANGED,
  NATIONAL_PROGRAMME,
  PAUSE_PROGRAMME,
  RECORD_MENTOR_PAIRING,
  RESUME_PROGRAMME,
} from './queries';

type Programme = NonNullable<NationalProgrammeQuery['programme']>;

/** The problems of a refusal that name no field: in an Alert at the top of the form, focused. */
function FormProblems({ error, fields }: { error?: ApiError; fields: readonly string[] }) {
  const alert = useRef<HTMLDivElement>(null);
  const general = error?.problems.filter((p) => !fields.includes(fieldOf(p.details))) ?? [];
  useEffect(() => {
    if (general.length > 0) alert.current?.focus();
  }, [error, general.length]);
  if (general.length === 0) return null;
  return (
    <div ref={alert} tabIndex={-1} className="olievlek-national__alert">
      <Alert type="error" role="alert">
        {general.map((p, i) => (
          <Paragraph key={i}>
            {p.rule && p.code === 'RULE_VIOLATION' ? <strong>{p.rule}: </strong> : null}
            {p.message}
          </Paragraph>
        ))}
      </Alert>
    </div>
  );
}

/** The field a refusal concerns (`details.field`, or `details.setting` for a settings policy). */
function fieldOf(details: Record<string, unknown>): string {
  const f = details.field ?? details.setting;
  return typeof f === 'string' ? f : '';
}

function Done({ children }: { children: ReactNode }) {
  return (
    <Paragraph role="status" className="olievlek-national__done">
      {children}
    </Paragraph>
  );
}

/** P3: a decision on an open escalation (extend by N weeks, pause, or a note); level 3 is the kwartiermaker's. */
function AcknowledgeForm({
  programme,
  escalation,
  onDone,
}: {
  programme: Programme;
  escalation: Programme['escalations'][number];
  onDone: () => void;
}) {
  const intl = useIntl();
  const ack = useMutation(ACKNOWLEDGE_ESCALATION);
  const [decision, setDecision] = useState<AcknowledgeDecision>('EXTEND');
  const [weeks, setWeeks] = useState('4');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const id = `ack-${escalation.id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const weeksProblem = ack.error?.problems.find((p) => fieldOf(p.details) === 'weeks');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await ack.run({
      programmeId: programme.id,
      input: {
        escalationId: escalation.id,
        decision,
        ...(decision === 'EXTEND' ? { weeks: Number(weeks) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    if (result) {
      setDone(true);
      onDone();
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="olievlek-national__form"
      data-testid={`acknowledge-${escalation.id}`}
      noValidate
    >
      <FormProblems error={ack.error} fields={['weeks']} />
      <Fieldset>
        <FieldsetLegend>
          <FormattedMessage id="national.ack.decision" />
        </FieldsetLegend>
        {(['EXTEND', 'PAUSE', 'NOTE'] as const).map((d) => (
          <FormField type="radio" key={d}>
            <RadioButton
              id={`${id}-${d}`}
              name={`${id}-decision`}
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            <FormLabel htmlFor={`${id}-${d}`} type="radio">
              {intl.formatMessage({ id: `national.ack.${d}` })}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {decision === 'EXTEND' && (
        <FormField invalid={Boolean(weeksProblem)}>
          <FormLabel htmlFor={`${id}-weeks`}>
            <FormattedMessage id="national.ack.weeks" />
          </FormLabel>
          {weeksProblem && (
            <FormFieldErrorMessage id={`${id}-weeks-error`}>{weeksProblem.message}</FormFieldErrorMessage>
          )}
          <Textbox
            id={`${id}-weeks`}
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={weeks}
            invalid={Boolean(weeksProblem)}
            aria-describedby={weeksProblem ? `${id}-weeks-error` : undefined}
            onChange={(e) => setWeeks(e.target.value)}
          />
        </FormField>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-note`}>
          <FormattedMessage id="national.ack.note" />
        </FormLabel>
        <Textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={ack.running}>
        <FormattedMessage id="national.ack.submit" />
      </Button>
      {done && (
        <Done>
          <FormattedMessage id="national.ack.done" />
        </Done>
      )}
    </form>
  );
}

/** Pairing a mentor from the suggestions (recordMentorPairing; kwartiermakers only). */
function MentorForm({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const intl = useIntl();
  const label = useLabel();
  const suggestions = useQuery(MENTOR_SUGGESTIONS, { programmeId: programme.id });
  const pair = useMutation(RECORD_MENTOR_PAIRING);
  const [chosen, setChosen] = useState<string>();
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const [missing, setMissing] = useState(false);
  if (suggestions.error) return <ProblemAlert error={suggestions.error} onRetry={suggestions.refetch} />;
  const list = suggestions.data?.mentorSuggestions ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const suggestion = list.find((s) => s.municipalityCode === chosen);
    setMissing(!suggestion);
    if (!suggestion) return;
    const result = await pair.run({
      programmeId: programme.id,
      input: {
        mentorMunicipalityCode: suggestion.municipalityCode,
        ...(suggestion.programmeId ? { mentorProgrammeId: suggestion.programmeId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    if (result) {
      setDone(true);
      onDone();
    }
  };
  if (suggestions.data && list.length === 0)
    return (
      <Paragraph>
        <FormattedMessage id="national.mentor.noSuggestions" />
      </Paragraph>
    );
  return (
    <form onSubmit={(e) => void submit(e)} className="olievlek-national__form" data-testid="mentor-form">
      <FormProblems error={pair.error} fields={[]} />
      <Fieldset invalid={missing} aria-describedby={missing ? 'mentor-missing' : undefined}>
        <FieldsetLegend>
          <FormattedMessage id="national.mentor.choose" />
        </FieldsetLegend>
        {missing && (
          <FormFieldErrorMessage id="mentor-missing">
            <FormattedMessage id="national.mentor.missing" />
          </FormFieldErrorMessage>
        )}
        {list.map((s) => (
          <FormField type="radio" key={s.municipalityCode}>
            <RadioButton
              id={`mentor-${s.municipalityCode}`}
              name="mentor"
              value={s.municipalityCode}
              checked={chosen === s.municipalityCode}
              onChange={() => setChosen(s.municipalityCode)}
            />
            <FormLabel htmlFor={`mentor-${s.municipalityCode}`} type="radio">
              {intl.formatMessage(
                { id: 'national.mentor.suggestion' },
                {
                  name: s.name,
                  kind: label('MentorKind', s.kind),
                  km: intl.formatNumber(s.distanceKm, { maximumFractionDigits: 0 }),
                  sameRegion: String(s.sameRegion),
                },
              )}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField>
        <FormLabel htmlFor="mentor-note">
          <FormattedMessage id="national.mentor.note" />
        </FormLabel>
        <Textarea id="mentor-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={pair.running || !suggestions.data}>
        <FormattedMessage id="national.mentor.submit" />
      </Button>
      {done && (
        <Done>
          <FormattedMessage id="national.mentor.done" />
        </Done>
      )}
    </form>
  );
}

/** Stall thresholds within national policy (changeSettings, P3): the bounds shown beside each field. */
function ThresholdsForm({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const intl = useIntl();
  const label = useLabel();
  const change = useMutation(CHANGE_THRESHOLDS);
  const current = programme.settings?.stallThresholdWeeks;
  const [values, setValues] = useState<Record<ThresholdStep, string>>(
    () =>
      Object.fromEntries(THRESHOLD_STEPS.map((s) => [s, current ? String(current[s]) : ''])) as Record<
        ThresholdStep,
        string
      >,
  );
  const [done, setDone] = useState(false);
  const fields = THRESHOLD_STEPS.map((s) => `stallThresholdWeeks.${s}`);
  const problemOf = (step: ThresholdStep) =>
    change.error?.problems.find((p) => {
      const f = fieldOf(p.details);
      return f === `stallThresholdWeeks.${step}` || (f === '' && p.details.step === step);
    });
  if (!current) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const changed = Object.fromEntries(
      THRESHOLD_STEPS.filter((s) => values[s] !== String(current[s])).map((s) => [s, Number(values[s])]),
    );
    const result = await change.run({ programmeId: programme.id, thresholds: changed });
    if (result) {
      setDone(true);
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="olievlek-national__form" data-testid="thresholds-form" noValidate>
      <FormProblems error={change.error} fields={[...fields, ...THRESHOLD_STEPS]} />
      <Paragraph>
        <FormattedMessage id="national.thresholds.intro" values={THRESHOLD_LIMITS} />
      </Paragraph>
      <div className="olievlek-national__thresholds">
        {THRESHOLD_STEPS.map((step) => {
          const problem = problemOf(step);
          const id = `threshold-${step}`;
          const bounds = THRESHOLD_BOUNDS[step];
          return (
            <FormField key={step} invalid={Boolean(problem)}>
              <FormLabel htmlFor={id}>{label('ProgrammePhase', step)}</FormLabel>
              <FormFieldDescription id={`${id}-bounds`}>
                {intl.formatMessage({ id: 'national.thresholds.bounds' }, bounds)}
              </FormFieldDescription>
              {problem && <FormFieldErrorMessage id={`${id}-error`}>{problem.message}</FormFieldErrorMessage>}
              <Textbox
                id={id}
                type="number"
                inputMode="numeric"
                min={THRESHOLD_LIMITS.min}
                max={THRESHOLD_LIMITS.max}
                value={values[step]}
                invalid={Boolean(problem)}
                aria-describedby={problem ? `${id}-bounds ${id}-error` : `${id}-bounds`}
                onChange={(e) => setValues((v) => ({ ...v, [step]: e.target.value }))}
              />
            </FormField>
          );
        })}
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={change.running}>
        <FormattedMessage id="national.thresholds.submit" />
      </Button>
      {done && (
        <Done>
          <FormattedMessage id="national.thresholds.done" />
        </Done>
      )}
    </form>
  );
}

/**
 * Pausing and resuming are the project lead's and the alderman's steps (docs/rules.md); a
 * kwartiermaker pauses by deciding PAUSE on an escalation. Shown only to whoever holds such a role
 * in this programme; the server decides either way.
 */
function PauseForm({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const pause = useMutation(PAUSE_PROGRAMME);
  const resume = useMutation(RESUME_PROGRAMME);
  const [reason, setReason] = useState('');
  const paused = programme.status === 'PAUSED';
  const reasonProblem = pause.error?.problems.find((p) => fieldOf(p.details) === 'reason');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = paused
      ? await resume.run({ programmeId: programme.id })
      : await pause.run({ programmeId: programme.id, reason: reason.trim() });
    if (result) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="olievlek-national__form" data-testid="pause-form">
      <FormProblems error={paused ? resume.error : pause.error} fields={['reason']} />
      {!paused && (
        <FormField invalid={Boolean(reasonProblem)}>
          <FormLabel htmlFor="pause-reason">
            <FormattedMessage id="national.pause.reason" />
          </FormLabel>
          {reasonProblem && (
            <FormFieldErrorMessage id="pause-reason-error">{reasonProblem.message}</FormFieldErrorMessage>
          )}
          <Textbox
            id="pause-reason"
            value={reason}
            invalid={Boolean(reasonProblem)}
            aria-describedby={reasonProblem ? 'pause-reason-error' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      )}
      <Button type="submit" appearance="secondary-action-button" disabled={pause.running || resume.running}>
        <FormattedMessage id={paused ? 'national.pause.resume' : 'national.pause.pause'} />
      </Button>
    </form>
  );
}

/** The chosen programme: its facts and what a kwartiermaker can do with it. */
export function ProgrammePanel({
  id,
  name,
  mayPause,
  onChanged,
}: {
  id: string;
  name: string;
  /** Whether the person holds the project lead's or alderman's role in this programme. */
  mayPause: boolean;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  const { data, error, refetch } = useQuery(NATIONAL_PROGRAMME, { id });
  // A step's answer comes before the read model has it: the panel follows the programme live.
  useSubscription(NATIONAL_PANEL_CHANGED, { id }, refetch);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const changed = () => {
    refetch();
    onChanged();
  };
  const programme = data?.programme;
  const open = programme?.escalations.filter((e) => e.status !== 'RESOLVED') ?? [];
  return (
    <section aria-labelledby="national-programme" className="olievlek-national__panel" data-testid="programme-panel">
      <Heading2 id="national-programme" ref={heading} tabIndex={-1}>
        {intl.formatMessage({ id: 'national.programme.title' }, { name })}
      </Heading2>
      {error && <ProblemAlert error={error} onRetry={refetch} />}
      {programme && (
        <>
          <dl className="olievlek-national__facts">
            <div>
              <dt>
                <FormattedMessage id="national.programme.phase" />
              </dt>
              <dd data-testid="panel-phase">{label('ProgrammePhase', programme.phase)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="national.programme.status" />
              </dt>
              <dd data-testid="panel-status">{label('ProgrammeStatus', programme.status)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="national.programme.started" />
              </dt>
              <dd>{intl.formatDate(programme.startedAt, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="national.programme.mentor" />
              </dt>
              <dd data-testid="panel-mentor">
                {programme.mentor
                  ? intl.formatMessage(
                      { id: 'national.programme.mentorSince' },
                      {
                        name: programme.mentor.name,
                        since: intl.formatDate(programme.mentor.pairedAt, {
                          dateStyle: 'long',
                          timeZone: 'Europe/Amsterdam',
                        }),
                      },
                    )
                  : intl.formatMessage({ id: 'national.programme.noMentor' })}
              </dd>
            </div>
          </dl>

          <Heading3>{intl.formatMessage({ id: 'national.programme.escalations' }, { n: open.length })}</Heading3>
          {open.length === 0 && (
            <Paragraph>
              <FormattedMessage id="national.programme.noEscalations" />
            </Paragraph>
          )}
          {open.map((e) => (
            <article key={e.id} className="olievlek-national__escalation" data-escalation-id={e.id}>
              <Paragraph>
                <strong>
                  {intl.formatMessage(
                    { id: 'national.level' },
                    { level: e.level, name: intl.formatMessage({ id: `national.level.${e.level}` }) },
                  )}
                  {' · '}
                  {label('EscalationKind', e.kind)}
                </strong>
                {e.ruleId ? ` (${e.ruleId})` : ''} — {e.message}{' '}
                <span className="olievlek-national__muted">
                  {label('EscalationStatus', e.status)},{' '}
                  {intl.formatDate(e.raisedAt, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' })}
                </span>
              </Paragraph>
              {e.level === 3 && (
                <Paragraph className="olievlek-national__muted">
                  <FormattedMessage id="national.ack.level3" />
                </Paragraph>
              )}
              <AcknowledgeForm programme={programme} escalation={e} onDone={changed} />
            </article>
          ))}

          <Heading3>
            <FormattedMessage id="national.mentor.title" />
          </Heading3>
          {programme.status === 'ACTIVE' || programme.status === 'PAUSED' ? (
            <MentorForm programme={programme} onDone={changed} />
          ) : (
            <Paragraph>
              <FormattedMessage id="national.programme.ended" />
            </Paragraph>
          )}

          <Heading3>
            <FormattedMessage id="national.pause.title" />
          </Heading3>
          {mayPause && (programme.status === 'ACTIVE' || programme.status === 'PAUSED') ? (
            <PauseForm programme={programme} onDone={changed} />
          ) : (
            <Paragraph>
              <FormattedMessage id="national.pause.viaEscalation" />
            </Paragraph>
          )}

          <Heading3>
            <FormattedMessage id="national.thresholds.title" />
          </Heading3>
          <ThresholdsForm programme={programme} onDone={changed} />
        </>
      )}
    </section>
  );
}
