import { Fieldset, FieldsetLegend, FormFieldDescription, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import municipalities from 'virtual:municipalities';
import { ApiError, type ApiProblem } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiForm, SelectField, TextField, useAnnounce, StatusAnnouncer } from '../../components/form/form';
import { ProblemAlert } from '../../components/problem';
import { graphql } from '../../gql';
import type { DeclarablePhase } from '../../gql/graphql';
import { useLabel } from '../../i18n';
import './start.css';

const START_QUERY = graphql(`
  query StartProgrammePage {
    me {
      municipalities
    }
  }
`);

const START_PROGRAMME = graphql(`
  mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!]) {
    startProgramme(municipalityCode: $municipalityCode, startedOn: $startedOn, pastPhases: $pastPhases) {
      id
    }
  }
`);

// Past phase dates (docs/rules.md "Programmes that began before Olievlek", libs/domain's
// past-phases.ts): the person chooses the phase the programme is really in and gets one date field
// per earlier phase, in lifecycle order from COMMITMENT. Chosen over adding phases one at a time
// because the order and the "no gap" rule then hold by construction: only the dates can be wrong,
// and each refusal about a date lands beside that phase's field. Dates typed for a later phase stay
// kept (not sent) when the person chooses an earlier phase again.
const DECLARABLE: readonly DeclarablePhase[] = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING'];
const REACHABLE = [...DECLARABLE, 'CONTINUATION'] as const;
type Reached = (typeof REACHABLE)[number];

const pastField = (phase: DeclarablePhase) => `pastPhase-${phase}`;
const FIELDS = ['municipalityCode', 'startedOn', 'reachedPhase', ...DECLARABLE.map(pastField)] as const;

/** The phases declared as ended when the programme is now in `reached`: those before it. */
export function pastPhasesBefore(reached: Reached): DeclarablePhase[] {
  return DECLARABLE.slice(0, REACHABLE.indexOf(reached));
}

/** The index in `pastPhases` a problem's path names (`pastPhases[1].endedOn`, `pastPhases.1.endedOn`). */
function pastIndex(path: unknown): number | undefined {
  const m = typeof path === 'string' ? /^pastPhases(?:\[(\d+)\]|\.(\d+))/.exec(path) : null;
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * Puts a refusal about `pastPhases` beside the field it concerns on this form: a date's problem at
 * that phase's date field, in words without the API's paths (the submitted dates fill them in);
 * one about the list as a whole at the phase choice. Other problems pass unchanged.
 */
function placePastPhases(
  error: ApiError | undefined,
  sent: { startedOn: string; past: ReadonlyArray<{ phase: DeclarablePhase; endedOn: string }> },
  say: (id: string, values: Record<string, string>) => string,
  phaseName: (phase: DeclarablePhase) => string,
  dayInWords: (isoDay: string) => string,
): ApiError | undefined {
  if (!error) return error;
  let changed = false;
  const problems = error.problems.map((p): ApiProblem => {
    const path = p.details['field'] ?? (p.details['problems'] as Array<{ path?: unknown }> | undefined)?.[0]?.path;
    if (typeof path !== 'string' || !path.startsWith('pastPhases')) return p;
    changed = true;
    const i = pastIndex(path);
    const past = i === undefined ? undefined : sent.past[i];
    if (!past) return { ...p, details: { ...p.details, field: 'reachedPhase' } };
    const problem = typeof p.details['problem'] === 'string' ? p.details['problem'] : 'NOT_A_DATE';
    const previous = i! > 0 ? sent.past[i! - 1] : undefined;
    const words: Record<string, string> = {
      phase: phaseName(past.phase),
      previous: previous ? phaseName(previous.phase) : '',
      earliest: dayInWords(previous ? previous.endedOn : sent.startedOn),
    };
    const known = ['NOT_A_DATE', 'BEFORE_START', 'BEFORE_PREVIOUS', 'IN_FUTURE'].includes(problem);
    return {
      ...p,
      message: known ? say(`start.past.${problem}`, words) : p.message,
      details: { ...p.details, field: pastField(past.phase) },
    };
  });
  return changed ? new ApiError(problems) : error;
}

function StartForm({ codes }: { codes: readonly string[] }) {
  const intl = useIntl();
  const announce = useAnnounce();
  const [, navigate] = useLocation();
  const start = useMutation(START_PROGRAMME);
  const [municipalityCode, setMunicipalityCode] = useState(codes.length === 1 ? codes[0]! : '');
  const [startedOn, setStartedOn] = useState('');
  const [reached, setReached] = useState<Reached>('COMMITMENT');
  const [endedOn, setEndedOn] = useState<Partial<Record<DeclarablePhase, string>>>({});
  const [sent, setSent] = useState<Parameters<typeof placePastPhases>[1]>({ startedOn: '', past: [] });
  const [localError, setLocalError] = useState<ApiError>();
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const label = useLabel();
  const phaseName = (phase: string) => label('ProgrammePhase', phase);
  const names = useMemo(() => new Map(municipalities.map((m) => [m.code, m.name])), []);
  const nameOf = (code: string) => names.get(code) ?? code;
  const declared = startedOn ? pastPhasesBefore(reached) : [];

  const required = (field: string, message: string): ApiError =>
    new ApiError([{ message, code: 'VALIDATION_FAILED', details: { field } }]);

  const submit = async () => {
    const missing = declared.find((phase) => !endedOn[phase]);
    if (municipalityCode === '' || missing) {
      start.reset();
      setLocalError(
        municipalityCode === ''
          ? required('municipalityCode', t('form.required', { field: t('start.municipality') }))
          : required(pastField(missing!), t('start.past.NOT_A_DATE', { phase: phaseName(missing!) })),
      );
      return;
    }
    setLocalError(undefined);
    const pastPhases = declared.map((phase) => ({ phase, endedOn: endedOn[phase]! }));
    setSent({ startedOn, past: pastPhases });
    const result = await start.run({
      municipalityCode,
      ...(startedOn ? { startedOn } : {}),
      ...(pastPhases.length > 0 ? { pastPhases } : {}),
    });
    if (result) {
      announce(t('start.done', { municipality: nameOf(municipalityCode) }));
      navigate(`/programmas/${encodeURIComponent(result.startProgramme.id)}`);
    }
  };
  const dayInWords = (day: string) =>
    intl.formatDate(`${day}T12:00:00Z`, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const refusal = placePastPhases(localError ?? start.error, sent, t, phaseName, dayInWords);

  // A municipality runs one programme at a time: the refusal names the running one, linked.
  const running = start.error?.problems.find((p) => p.code === 'PROGRAMME_ALREADY_RUNNING')?.details['programmeId'];
  return (
    <>
      {typeof running === 'string' && (
        <Paragraph>
          <Link href={`/programmas/${encodeURIComponent(running)}`} className="utrecht-link">
            {t('start.toRunning')}
          </Link>
        </Paragraph>
      )}
      <ApiForm
        id="start"
        fields={FIELDS}
        error={refusal}
        running={start.running}
        onSubmit={() => void submit()}
        submitLabel={t('start.submit')}
      >
        <SelectField
          name="municipalityCode"
          label={t('start.municipality')}
          value={municipalityCode}
          onChange={setMunicipalityCode}
          placeholder={t('form.choose')}
          options={codes.map((c) => ({ value: c, label: nameOf(c) }))}
        />
        <TextField
          name="startedOn"
          label={t('start.startedOn')}
          description={t('start.startedOn.description')}
          optional
          type="date"
          width="short"
          value={startedOn}
          onChange={setStartedOn}
        />
        {startedOn && (
          <Fieldset className="olievlek-start__past" aria-describedby="start-past-description">
            <FieldsetLegend>{t('start.past.legend')}</FieldsetLegend>
            <FormFieldDescription id="start-past-description">{t('start.past.description')}</FormFieldDescription>
            <SelectField
              name="reachedPhase"
              label={t('start.past.reached')}
              value={reached}
              onChange={(v) => setReached(v as Reached)}
              options={REACHABLE.map((phase) => ({ value: phase, label: phaseName(phase) }))}
            />
            {declared.map((phase) => (
              <TextField
                key={phase}
                name={pastField(phase)}
                label={t('start.past.endedOn', { phase: phaseName(phase) })}
                description={t('start.past.endedOn.description', { phase: phaseName(phase) })}
                type="date"
                width="short"
                value={endedOn[phase] ?? ''}
                onChange={(v) => setEndedOn((all) => ({ ...all, [phase]: v }))}
              />
            ))}
          </Fieldset>
        )}
      </ApiForm>
    </>
  );
}

/**
 * "Programma starten" (/programmas/nieuw): a municipal employee starts their municipality's
 * programme (the API decides who may: Me.municipalities), optionally one that was already running
 * (startedOn), and lands on the new programme's page.
 */
export default function StartProgrammePage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(START_QUERY, {});
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data) return null;
  const codes = data.me.municipalities;
  return (
    <StatusAnnouncer>
      <Heading1>
        <FormattedMessage id="start.title" />
      </Heading1>
      {codes.length === 0 ? (
        <Paragraph>{intl.formatMessage({ id: 'start.notAllowed' })}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{intl.formatMessage({ id: 'start.intro' })}</Paragraph>
          <StartForm codes={codes} />
        </>
      )}
    </StatusAnnouncer>
  );
}
