import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import municipalities from 'virtual:municipalities';
import { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiForm, SelectField, TextField, useAnnounce, StatusAnnouncer } from '../../components/form/form';
import { ProblemAlert } from '../../components/problem';
import { graphql } from '../../gql';

const START_QUERY = graphql(`
  query StartProgrammePage {
    me {
      municipalities
    }
  }
`);

const START_PROGRAMME = graphql(`
  mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate) {
    startProgramme(municipalityCode: $municipalityCode, startedOn: $startedOn) {
      id
    }
  }
`);

const FIELDS = ['municipalityCode', 'startedOn'] as const;

function StartForm({ codes }: { codes: readonly string[] }) {
  const intl = useIntl();
  const announce = useAnnounce();
  const [, navigate] = useLocation();
  const start = useMutation(START_PROGRAMME);
  const [municipalityCode, setMunicipalityCode] = useState(codes.length === 1 ? codes[0]! : '');
  const [startedOn, setStartedOn] = useState('');
  const [localError, setLocalError] = useState<ApiError>();
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const names = useMemo(() => new Map(municipalities.map((m) => [m.code, m.name])), []);
  const nameOf = (code: string) => names.get(code) ?? code;

  const submit = async () => {
    if (municipalityCode === '') {
      start.reset();
      setLocalError(
        new ApiError([
          {
            message: t('form.required', { field: t('start.municipality') }),
            code: 'VALIDATION_FAILED',
            details: { field: 'municipalityCode' },
          },
        ]),
      );
      return;
    }
    setLocalError(undefined);
    const result = await start.run({ municipalityCode, ...(startedOn ? { startedOn } : {}) });
    if (result) {
      announce(t('start.done', { municipality: nameOf(municipalityCode) }));
      navigate(`/programmas/${encodeURIComponent(result.startProgramme.id)}`);
    }
  };

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
        error={localError ?? start.error}
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
