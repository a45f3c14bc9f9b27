import {
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
import { useIntl, type IntlShape } from 'react-intl';
import { useMutation, useQuery } from '../../../api/hooks';
import { ApiForm, SelectField, TextField, useAnnounce } from '../../../components/form/form';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { IndicatorsSectionQuery, ProgrammePhase } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n';
import { useRefreshOnVersion } from './refresh';
import './indicators.css';

const INDICATORS_QUERY = graphql(`
  query IndicatorsSection($id: ID!) {
    me {
      memberships {
        programmeId
        role
      }
    }
    programme(id: $id) {
      id
      indicators {
        period
        at
        note
        repeatReports
        professionalsTrained
        schoolsReached
      }
    }
  }
`);

const REPORT_INDICATORS = graphql(`
  mutation ReportIndicatorsSection($programmeId: ID!, $input: ReportIndicatorsInput!) {
    reportIndicators(programmeId: $programmeId, input: $input) {
      id
      version
    }
  }
`);

type Report = NonNullable<IndicatorsSectionQuery['programme']>['indicators'][number];
const FIGURES = ['repeatReports', 'professionalsTrained', 'schoolsReached'] as const;
type Figure = (typeof FIGURES)[number];

// reportIndicators' guard: from execution on (docs/rules.md "Indicators"); who may: step-roles.ts.
const PHASES: readonly ProgrammePhase[] = ['EXECUTION', 'EMBEDDING', 'CONTINUATION'];
const REPORTERS = new Set(['PROJECT_LEAD', 'PROGRAMME_MANAGER']);
const QUARTER = /^(\d{4})-Q([1-4])$/;

const quarterName = (intl: IntlShape, period: string) => {
  const match = QUARTER.exec(period);
  return match ? intl.formatMessage({ id: 'indicators.quarter' }, { year: match[1], quarter: match[2] }) : period;
};

/** The four quarters before the current one in the Netherlands, most recent first (YYYY-Qn). */
function pastQuarters(now: Date): string[] {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  let year = Number(parts.year);
  let quarter = Math.floor((Number(parts.month) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    out.push(`${year}-Q${quarter}`);
  }
  return out;
}

function FigureValue({ value }: { value: number | null }) {
  const intl = useIntl();
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="olievlek-visually-hidden">{intl.formatMessage({ id: 'indicators.notReported' })}</span>
      </>
    );
  }
  return <>{intl.formatNumber(value)}</>;
}

/** Chart.js, loaded only when a chart is shown (its own chunk); the table beside it has the same figures. */
function IndicatorChart({ reports }: { reports: readonly Report[] }) {
  const intl = useIntl();
  const language = useLanguage();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    let destroy: (() => void) | undefined;
    void import('chart.js').then(
      ({ Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip }) => {
        if (!live || !canvas.current) return;
        Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
        const style = getComputedStyle(canvas.current);
        const token = (name: string) => style.getPropertyValue(`--olievlek-color-${name}`).trim();
        // Told apart by point shape and line pattern too, not by colour alone.
        const looks = [
          { colour: token('primary'), pointStyle: 'circle', borderDash: [] },
          { colour: token('accent'), pointStyle: 'triangle', borderDash: [6, 4] },
          { colour: token('success'), pointStyle: 'rect', borderDash: [2, 3] },
        ] as const;
        const chart = new Chart(canvas.current, {
          type: 'line',
          data: {
            labels: reports.map((r) => quarterName(intl, r.period)),
            datasets: FIGURES.map((figure, i) => ({
              label: intl.formatMessage({ id: `indicators.${figure}` }),
              data: reports.map((r) => r[figure]),
              borderColor: looks[i]!.colour,
              backgroundColor: looks[i]!.colour,
              pointStyle: looks[i]!.pointStyle,
              pointRadius: 5,
              borderDash: [...looks[i]!.borderDash],
              spanGaps: true,
            })),
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            locale: language === 'nl' ? 'nl-NL' : 'en-GB',
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            plugins: { legend: { labels: { usePointStyle: true, color: token('ink') } } },
          },
        });
        destroy = () => chart.destroy();
        setLoaded(true);
      },
    );
    return () => {
      live = false;
      destroy?.();
    };
  }, [reports, intl, language]);
  return (
    <div className="olievlek-indicators__chart">
      <canvas ref={canvas} role="img" aria-label={intl.formatMessage({ id: 'indicators.chartLabel' })}>
        {intl.formatMessage({ id: 'indicators.chartLabel' })}
      </canvas>
      {!loaded && <Paragraph>{intl.formatMessage({ id: 'indicators.chartLoading' })}</Paragraph>}
    </div>
  );
}

function IndicatorTable({
  reports,
  caption,
  periodHeader,
}: {
  reports: readonly Report[];
  caption: string;
  periodHeader: string;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <div className="olievlek-table-scroll">
      <Table className="olievlek-indicators__table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{periodHeader}</TableHeaderCell>
            {FIGURES.map((f) => (
              <TableHeaderCell key={f} scope="col">
                {t(`indicators.${f}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('indicators.colNote')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('indicators.colReportedAt')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reports.map((r) => (
            <TableRow key={r.period} data-period={r.period}>
              <TableHeaderCell scope="row">{quarterName(intl, r.period)}</TableHeaderCell>
              {FIGURES.map((f) => (
                <TableCell key={f} data-figure={f} className="olievlek-indicators__number">
                  <FigureValue value={r[f]} />
                </TableCell>
              ))}
              <TableCell>{r.note ?? ''}</TableCell>
              <TableCell>{intl.formatDate(r.at, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ReportForm({
  programmeId,
  open,
  onSaved,
}: {
  programmeId: string;
  open: readonly string[];
  onSaved: () => void;
}) {
  const intl = useIntl();
  const announce = useAnnounce();
  const { run, error, running } = useMutation(REPORT_INDICATORS);
  const [period, setPeriod] = useState(open[0] ?? '');
  const [values, setValues] = useState<Record<Figure, string>>({
    repeatReports: '',
    professionalsTrained: '',
    schoolsReached: '',
  });
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const submit = async () => {
    // A figure left empty is not reported: omitted, not sent as null.
    const given = FIGURES.filter((f) => values[f].trim() !== '').map((f) => [f, Number(values[f])] as const);
    const done = await run({ programmeId, input: { period, ...Object.fromEntries(given) } });
    if (done) {
      announce(t('indicators.saved', { period: quarterName(intl, period) }));
      setValues({ repeatReports: '', professionalsTrained: '', schoolsReached: '' });
      onSaved();
    }
  };
  return (
    <ApiForm
      id="report-indicators"
      fields={['period', ...FIGURES]}
      error={error}
      running={running}
      onSubmit={() => void submit()}
      submitLabel={t('indicators.submit')}
    >
      <SelectField
        name="period"
        label={t('indicators.period')}
        description={t('indicators.periodDescription')}
        value={period}
        onChange={setPeriod}
        options={open.map((p) => ({ value: p, label: quarterName(intl, p) }))}
      />
      {FIGURES.map((f) => (
        <TextField
          key={f}
          name={f}
          label={t(`indicators.${f}`)}
          description={t('indicators.valueDescription')}
          optional
          type="number"
          inputMode="numeric"
          width="short"
          value={values[f]}
          onChange={(v) => setValues((s) => ({ ...s, [f]: v }))}
        />
      ))}
    </ApiForm>
  );
}

/**
 * Quarterly indicators (docs/rules.md "Indicators"): a table per quarter and a chart with the same
 * figures, the yearly check-ins, and — for the project lead and the programme manager — the form
 * to record a past quarter.
 */
export function IndicatorsSection({
  programmeId,
  phase,
  version,
}: {
  programmeId: string;
  phase: ProgrammePhase;
  version: number;
}) {
  const intl = useIntl();
  const relevant = PHASES.includes(phase) || phase === 'CLOSED';
  const { data, error, refetch } = useQuery(INDICATORS_QUERY, { id: programmeId }, !relevant);
  useRefreshOnVersion(version, refetch);
  const reports = data?.programme?.indicators;
  const quarters = useMemo(
    () => (reports ?? []).filter((r) => QUARTER.test(r.period)).sort((a, b) => a.period.localeCompare(b.period)),
    [reports],
  );
  if (!relevant) return null;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data?.programme || !reports) return null;
  const t = (id: string) => intl.formatMessage({ id });
  const checkIns = reports.filter((r) => !QUARTER.test(r.period)).sort((a, b) => a.period.localeCompare(b.period));
  const mayReport =
    PHASES.includes(phase) && data.me.memberships.some((m) => m.programmeId === programmeId && REPORTERS.has(m.role));
  const open = pastQuarters(new Date()).filter((p) => !reports.some((r) => r.period === p));
  return (
    <section aria-labelledby="indicators" className="olievlek-indicators">
      <Heading2 id="indicators">{t('indicators.title')}</Heading2>
      <Paragraph>{t('indicators.intro')}</Paragraph>
      {quarters.length === 0 ? (
        <Paragraph>{t('indicators.none')}</Paragraph>
      ) : (
        <>
          <IndicatorChart reports={quarters} />
          <IndicatorTable
            reports={quarters}
            caption={t('indicators.tableCaption')}
            periodHeader={t('indicators.colQuarter')}
          />
        </>
      )}
      {checkIns.length > 0 && (
        <>
          <Heading3>{t('indicators.checkIns')}</Heading3>
          <IndicatorTable
            reports={checkIns}
            caption={t('indicators.checkInsCaption')}
            periodHeader={t('indicators.colYear')}
          />
        </>
      )}
      {mayReport && (
        <>
          <Heading3>{t('indicators.formTitle')}</Heading3>
          {open.length === 0 ? (
            <Paragraph>{t('indicators.allReported')}</Paragraph>
          ) : (
            <ReportForm key={open.join()} programmeId={programmeId} open={open} onSaved={refetch} />
          )}
        </>
      )}
    </section>
  );
}
