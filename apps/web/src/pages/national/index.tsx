import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Link,
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
} from '@utrecht/component-library-react';
import municipalityList from 'virtual:municipalities';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { request } from '../../api/client';
import { useQuery, useSubscription } from '../../api/hooks';
import { ProblemAlert } from '../../components/problem';
import { useLabel, useLanguage } from '../../i18n';
import { ProgrammePanel } from './actions';
import { BarChart, token } from './charts';
import { MunicipalityMap } from './map';
import {
  byDutchName,
  daysBetween,
  inFilter,
  isFiltering,
  latestByMunicipality,
  MAP_PHASES,
  mapPhaseOf,
  overviewCsv,
  PHASES,
  quarterSeries,
  regionOptions,
  total,
  type Municipality,
  type Overview,
  type ProgrammeRow,
  type RegionFilter,
} from './model';
import './national.css';
import { SlowerThanPeers } from './peers';
import { NATIONAL_OVERVIEW, NATIONAL_PROGRAMME_CHANGED, NATIONAL_PROGRAMMES, NATIONAL_QUEUE } from './queries';

const municipalities = new Map<string, Municipality>(
  [...municipalityList].sort((a, b) => byDutchName(a.name, b.name)).map((m) => [m.code, m]),
);
const nameOf = (code: string) => municipalities.get(code)?.name ?? code;

/** The latest programme of every municipality, page by page (at most 342 rows): what the map colours. */
function useAllProgrammes(generation: number, skip: boolean) {
  const language = useLanguage();
  const [rows, setRows] = useState<ProgrammeRow[]>();
  useEffect(() => {
    if (skip) return;
    const abort = new AbortController();
    void (async () => {
      const all: ProgrammeRow[] = [];
      let after: string | null | undefined;
      for (let page = 0; page < 200; page++) {
        const data = await request(NATIONAL_PROGRAMMES, { after }, language, abort.signal);
        all.push(...data.programmes.edges.map((e) => e.node));
        if (!data.programmes.pageInfo.hasNextPage) break;
        after = data.programmes.pageInfo.endCursor;
      }
      if (!abort.signal.aborted) setRows(all);
    })().catch(() => undefined);
    return () => abort.abort();
  }, [generation, language, skip]);
  return rows;
}

/** The phase colour's token (tokens.json `olievlek.color.phase-*`). */
const phaseToken = (phase: string) => `color-phase-${phase.toLowerCase()}`;

function Figure({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="olievlek-national__figure">
      <dt>{label}</dt>
      <dd data-testid={id}>{value}</dd>
    </div>
  );
}

/** The key figures as the API's nationalOverview has them. */
function Figures({ o }: { o: Overview }) {
  const intl = useIntl();
  const n = (v: number) => intl.formatNumber(v);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const level = (l: number) => o.openEscalationsByLevel.find((e) => e.level === l)?.count ?? 0;
  return (
    <section aria-labelledby="national-figures">
      <Heading2 id="national-figures">{t('national.figures.title')}</Heading2>
      <dl className="olievlek-national__figures">
        <Figure id="figure-total" label={t('national.figures.total')} value={n(o.total)} />
        <Figure
          id="figure-municipalities-reached"
          label={t('national.figures.municipalitiesReached')}
          value={n(o.municipalitiesReached)}
        />
        <Figure id="figure-stalled" label={t('national.figures.stalled')} value={n(o.stalled)} />
        {[1, 2, 3].map((l) => (
          <Figure
            key={l}
            id={`figure-escalations-${l}`}
            label={t('national.figures.escalations', { level: l, name: t(`national.level.${l}`) })}
            value={n(level(l))}
          />
        ))}
        <Figure
          id="figure-school-years-missed"
          label={t('national.figures.schoolYearsMissed')}
          value={n(o.schoolYearsMissed)}
        />
        <Figure
          id="figure-missing-school-year"
          label={t('national.figures.missingSchoolYear')}
          value={n(o.programmesMissingSchoolYear)}
        />
        <Figure id="figure-mentor-pairings" label={t('national.figures.mentorPairings')} value={n(o.mentorPairings)} />
        <Figure
          id="figure-repeat-reports"
          label={t('national.figures.repeatReports')}
          value={n(total(o.indicatorsPerQuarter, (q) => q.repeatReports))}
        />
        <Figure
          id="figure-professionals-trained"
          label={t('national.figures.professionalsTrained')}
          value={n(total(o.indicatorsPerQuarter, (q) => q.professionalsTrained))}
        />
        <Figure
          id="figure-schools-reached"
          label={t('national.figures.schoolsReached')}
          value={n(total(o.indicatorsPerQuarter, (q) => q.schoolsReached))}
        />
      </dl>
    </section>
  );
}

function Charts({ o }: { o: Overview }) {
  const intl = useIntl();
  const label = useLabel();
  const language = useLanguage();
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const n = (v: number) => intl.formatNumber(v);
  const t = (id: string) => intl.formatMessage({ id });
  const perPhase = PHASES.map((p) => o.byPhase.find((b) => b.key === p)?.count ?? 0);
  // C4: the spread curve counts municipalities (each member of a collective), not programmes.
  const series = quarterSeries(o.municipalitiesPerQuarter);
  return (
    <section aria-labelledby="national-charts">
      <Heading2 id="national-charts">{t('national.charts.title')}</Heading2>
      <div className="olievlek-national__charts">
        <figure className="olievlek-national__chart">
          <figcaption id="phase-caption">{t('national.charts.phases')}</figcaption>
          <BarChart
            labels={PHASES.map((p) => label('ProgrammePhase', p))}
            series={[
              {
                label: t('national.charts.programmes'),
                data: perPhase,
                colours: PHASES.map((p) => token(phaseToken(p))),
              },
            ]}
            yTitle={t('national.charts.programmes')}
            locale={locale}
            labelledBy="phase-caption"
            describedBy="phase-table-caption"
            testId="phase-chart"
          />
        </figure>
        <figure className="olievlek-national__chart">
          <figcaption id="spread-caption">{t('national.charts.spreadMunicipalities')}</figcaption>
          <BarChart
            labels={series.map((p) => p.quarter)}
            series={[
              {
                label: t('national.charts.reached'),
                data: series.map((p) => p.count),
                colours: token('color-phase-execution'),
              },
              {
                label: t('national.charts.reachedTotal'),
                data: series.map((p) => p.cumulative),
                colours: token('color-phase-continuation'),
                type: 'line',
              },
            ]}
            yTitle={t('national.charts.municipalities')}
            xTitle={t('national.charts.quarter')}
            locale={locale}
            labelledBy="spread-caption"
            describedBy="spread-table-caption"
            testId="spread-chart"
          />
        </figure>
      </div>
      <div className="olievlek-table-scroll" role="region" aria-labelledby="phase-table-caption" tabIndex={0}>
        <Table data-testid="phase-table">
          <TableCaption id="phase-table-caption">{t('national.phaseTable.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('national.phaseTable.phase')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('national.charts.programmes')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('national.phaseTable.median')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('national.phaseTable.left')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {PHASES.map((phase, i) => {
              const median = o.medianDaysInPhase.find((m) => m.phase === phase);
              return (
                <TableRow key={phase} data-phase={phase}>
                  <TableHeaderCell scope="row">
                    <span className={`olievlek-swatch olievlek-swatch--${phase.toLowerCase()}`} aria-hidden="true" />{' '}
                    {label('ProgrammePhase', phase)}
                  </TableHeaderCell>
                  <TableCell data-testid={`figure-phase-${phase}`}>{n(perPhase[i]!)}</TableCell>
                  <TableCell data-testid={`figure-median-days-${phase}`}>
                    {median?.medianDays == null
                      ? '—'
                      : intl.formatNumber(median.medianDays, { maximumFractionDigits: 1 })}
                  </TableCell>
                  <TableCell>{median ? n(median.programmes) : '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className="olievlek-table-scroll" role="region" aria-labelledby="spread-table-caption" tabIndex={0}>
        <Table data-testid="spread-table">
          <TableCaption id="spread-table-caption">{t('national.spreadTable.captionMunicipalities')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('national.charts.quarter')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('national.charts.reached')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('national.charts.reachedTotal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {series.map((p) => (
              <TableRow key={p.quarter} data-quarter={p.quarter}>
                <TableHeaderCell scope="row">{p.quarter}</TableHeaderCell>
                <TableCell>{n(p.count)}</TableCell>
                <TableCell>{n(p.cumulative)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function Filters({ filter, onChange }: { filter: RegionFilter; onChange: (f: RegionFilter) => void }) {
  const intl = useIntl();
  const all = useMemo(() => [...municipalities.values()], []);
  const fields: Array<[keyof RegionFilter, string, string]> = [
    ['province', 'national.filter.province', 'national.filter.allProvinces'],
    ['veiligThuisRegion', 'national.filter.veiligThuis', 'national.filter.allVeiligThuis'],
    ['jeugdregio', 'national.filter.jeugdregio', 'national.filter.allJeugdregio'],
  ];
  return (
    <form
      className="olievlek-national__filters"
      aria-label={intl.formatMessage({ id: 'national.filter.label' })}
      onSubmit={(e) => e.preventDefault()}
    >
      {fields.map(([key, labelId, allId]) => (
        <FormField key={key}>
          <FormLabel htmlFor={`filter-${key}`}>{intl.formatMessage({ id: labelId })}</FormLabel>
          <Select
            id={`filter-${key}`}
            value={filter[key] ?? ''}
            onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}
          >
            <SelectOption value="">{intl.formatMessage({ id: allId })}</SelectOption>
            {regionOptions(all, key).map((v) => (
              <SelectOption key={v} value={v}>
                {v}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      ))}
      <Button type="button" appearance="secondary-action-button" onClick={() => onChange({})}>
        <FormattedMessage id="national.filter.clear" />
      </Button>
    </form>
  );
}

function ChooseButton({
  code,
  programmeId,
  onChoose,
}: {
  code: string;
  programmeId?: string;
  onChoose: (code: string, programmeId?: string) => void;
}) {
  const intl = useIntl();
  return (
    <Button
      appearance="subtle-button"
      className="olievlek-national__choose"
      data-code={code}
      aria-label={intl.formatMessage({ id: 'national.choose' }, { name: nameOf(code) })}
      onClick={() => onChoose(code, programmeId)}
    >
      {nameOf(code)}
    </Button>
  );
}

function MapSection({
  latest,
  filter,
  setFilter,
  onChoose,
}: {
  latest: Map<string, ProgrammeRow>;
  filter: RegionFilter;
  setFilter: (f: RegionFilter) => void;
  onChoose: (code: string, programmeId?: string) => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const inside = [...municipalities.values()].filter((m) => inFilter(m, filter));
  const counts = new Map(MAP_PHASES.map((p) => [p, 0]));
  for (const m of inside) {
    const p = mapPhaseOf(latest.get(m.code));
    counts.set(p, counts.get(p)! + 1);
  }
  const withProgramme = inside.filter((m) => latest.has(m.code)).length;
  const phaseName = (p: string) => (p === 'NONE' ? t('national.map.noProgramme') : label('ProgrammePhase', p));
  return (
    <section aria-labelledby="national-map">
      <Heading2 id="national-map">{t('national.map.title')}</Heading2>
      <Filters filter={filter} onChange={setFilter} />
      <Paragraph aria-live="polite" data-testid="filter-summary">
        {t(isFiltering(filter) ? 'national.filter.summarySelection' : 'national.filter.summaryAll', {
          n: inside.length,
          withProgramme,
        })}
      </Paragraph>
      <div className="olievlek-national__map-layout">
        <div className="olievlek-national__map">
          <MunicipalityMap
            municipalities={municipalities}
            latest={latest}
            filter={filter}
            onChoose={onChoose}
            labelledBy="national-map-description"
          />
          <p id="national-map-description" className="olievlek-visually-hidden">
            {t('national.map.description')}
          </p>
        </div>
        <div>
          <ul className="olievlek-national__legend" aria-label={t('national.map.legend')}>
            {MAP_PHASES.map((p) => (
              <li key={p} data-testid={`legend-${p}`}>
                <span className={`olievlek-swatch olievlek-swatch--${p.toLowerCase()}`} aria-hidden="true" />
                <span>{phaseName(p)}</span>
                <span className="olievlek-national__muted">{t('national.map.count', { n: counts.get(p)! })}</span>
              </li>
            ))}
            <li>
              <span className="olievlek-outline-sample olievlek-outline-sample--2" aria-hidden="true" />
              <span>{t('national.map.outline2')}</span>
            </li>
            <li>
              <span className="olievlek-outline-sample olievlek-outline-sample--3" aria-hidden="true" />
              <span>{t('national.map.outline3')}</span>
            </li>
          </ul>
          <Paragraph small data-testid="map-attribution">
            {t('national.map.attribution')} <Link href="/ATTRIBUTION.txt">{t('national.map.sources')}</Link>
          </Paragraph>
        </div>
      </div>
      <details className="olievlek-national__details">
        <summary>{t('national.map.asTable')}</summary>
        <div className="olievlek-table-scroll" role="region" aria-labelledby="map-table-caption" tabIndex={0}>
          <Table data-testid="map-table">
            <TableCaption id="map-table-caption">{t('national.map.tableCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('national.col.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.phase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.level')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {inside.map((m) => {
                const row = latest.get(m.code);
                return (
                  <TableRow key={m.code} data-code={m.code} data-phase={mapPhaseOf(row)}>
                    <TableHeaderCell scope="row">
                      {row ? <ChooseButton code={m.code} onChoose={onChoose} /> : m.name}
                    </TableHeaderCell>
                    <TableCell>{phaseName(mapPhaseOf(row))}</TableCell>
                    <TableCell>{row ? label('ProgrammeStatus', row.status) : '—'}</TableCell>
                    <TableCell>
                      {row && row.openEscalationLevel > 0 ? intl.formatNumber(row.openEscalationLevel) : '—'}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      </details>
    </section>
  );
}

/** The national view for kwartiermakers (docs/rules.md "National view"): figures, map, charts, queue, actions. */
export default function NationalPage() {
  const intl = useIntl();
  const label = useLabel();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const overview = useQuery(NATIONAL_OVERVIEW, {});
  const kwartiermaker = overview.data?.me.kwartiermaker ?? false;
  const queue = useQuery(NATIONAL_QUEUE, {}, !kwartiermaker);
  const [generation, setGeneration] = useState(0);
  const programmes = useAllProgrammes(generation, !kwartiermaker);
  const [filter, setFilter] = useState<RegionFilter>({});
  const [chosen, setChosen] = useState<{ code: string; programmeId?: string }>();
  const [updatedAt, setUpdatedAt] = useState<Date>();

  // Live events come in bursts (one step changes a programme and raises or resolves escalations):
  // ask again once things are quiet for half a second.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { refetch: refetchOverview } = overview;
  const { refetch: refetchQueue } = queue;
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      refetchOverview();
      refetchQueue();
      setGeneration((g) => g + 1);
    }, 500);
  }, [refetchOverview, refetchQueue]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(NATIONAL_PROGRAMME_CHANGED, {}, refresh);
  useEffect(() => {
    if (overview.data && queue.data && programmes) setUpdatedAt(new Date());
  }, [overview.data, queue.data, programmes]);
  useEffect(() => {
    document.title = `${t('national.title')} · Olievlek`;
  });

  const latest = useMemo(() => latestByMunicipality(programmes ?? []), [programmes]);
  // A row of the queue names its programme; the map and its table the municipality's latest.
  const chosenId = chosen?.programmeId ?? (chosen ? latest.get(chosen.code)?.id : undefined);
  const choose = useCallback((code: string, programmeId?: string) => setChosen({ code, programmeId }), []);
  // Issue 15: the kwartiermaker pauses and resumes from here (the page is theirs alone).
  const mayPause = kwartiermaker;

  if (overview.error) return <ProblemAlert error={overview.error} onRetry={overview.refetch} />;
  if (!overview.data) return null;
  if (!kwartiermaker)
    return (
      <>
        <Heading1>{t('national.title')}</Heading1>
        <Paragraph data-testid="national-forbidden">{t('national.onlyKwartiermakers')}</Paragraph>
      </>
    );
  const o = overview.data.nationalOverview;
  const download = () => {
    const url = URL.createObjectURL(new Blob([overviewCsv(o)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'olievlek-overzicht.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const now = new Date();
  const escalations = (queue.data?.escalationQueue ?? []).filter((e) =>
    inFilter(municipalities.get(e.municipalityCode), filter),
  );
  const stalled = (queue.data?.stalledProgrammes ?? []).filter((p) =>
    inFilter(municipalities.get(p.municipalityCode), filter),
  );
  const since = (iso: string) =>
    t('national.since', {
      date: intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }),
      days: daysBetween(iso, now),
    });

  return (
    <div className="olievlek-national">
      <Heading1>{t('national.title')}</Heading1>
      <Paragraph lead>{t('national.intro')}</Paragraph>
      <div className="olievlek-national__toolbar">
        <Paragraph role="status" data-testid="updated-at">
          {updatedAt
            ? t('national.updatedAt', {
                time: intl.formatTime(updatedAt, { timeStyle: 'medium', timeZone: 'Europe/Amsterdam' }),
              })
            : t('national.loading')}
        </Paragraph>
        <Button appearance="secondary-action-button" onClick={download}>
          <FormattedMessage id="national.csv" />
        </Button>
      </div>
      <Figures o={o} />
      <MapSection latest={latest} filter={filter} setFilter={setFilter} onChoose={choose} />
      {chosen && chosenId && (
        <ProgrammePanel
          key={chosenId}
          id={chosenId}
          name={nameOf(chosen.code)}
          mayPause={mayPause}
          onChanged={refresh}
        />
      )}
      <Charts o={o} />

      <section aria-labelledby="national-queue">
        <Heading2 id="national-queue">{t('national.queue.title')}</Heading2>
        <Paragraph>{t('national.queue.intro')}</Paragraph>
        {queue.error && <ProblemAlert error={queue.error} onRetry={queue.refetch} />}
        <div className="olievlek-table-scroll" role="region" aria-labelledby="national-queue" tabIndex={0}>
          <Table data-testid="escalation-queue" className="olievlek-national__queue">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('national.col.level')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.rule')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.message')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.delivery')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.data && escalations.length === 0 && (
                <TableRow>
                  <TableCell colSpan={8}>{t('national.queue.empty')}</TableCell>
                </TableRow>
              )}
              {escalations.map((e) => (
                <TableRow key={e.id} data-escalation-id={e.id} data-level={e.level}>
                  <TableCell>
                    <span className={`olievlek-level olievlek-level--${e.level}`}>{intl.formatNumber(e.level)}</span>{' '}
                    {t(`national.level.${e.level}`)}
                  </TableCell>
                  <TableCell>
                    <ChooseButton code={e.municipalityCode} programmeId={e.programmeId} onChoose={choose} />
                  </TableCell>
                  <TableCell>{label('EscalationKind', e.kind)}</TableCell>
                  <TableCell>{e.ruleId ?? '—'}</TableCell>
                  <TableCell className="olievlek-national__message">{e.message}</TableCell>
                  <TableCell>
                    <time dateTime={e.raisedAt}>{since(e.raisedAt)}</time>
                  </TableCell>
                  <TableCell>{label('EscalationStatus', e.status)}</TableCell>
                  <TableCell>{label('DeliveryStatus', e.deliveryStatus)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section aria-labelledby="national-stalled">
        <Heading2 id="national-stalled">{t('national.stalled.title')}</Heading2>
        <div className="olievlek-table-scroll" role="region" aria-labelledby="national-stalled" tabIndex={0}>
          <Table data-testid="stalled-programmes">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('national.col.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.phase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.level')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('national.col.inPhaseSince')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.data && stalled.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>{t('national.stalled.empty')}</TableCell>
                </TableRow>
              )}
              {stalled.map((p) => (
                <TableRow key={p.id} data-programme-id={p.id}>
                  <TableCell>
                    <ChooseButton code={p.municipalityCode} programmeId={p.id} onChoose={choose} />
                  </TableCell>
                  <TableCell>{label('ProgrammePhase', p.phase)}</TableCell>
                  <TableCell>{label('ProgrammeStatus', p.status)}</TableCell>
                  <TableCell>{intl.formatNumber(p.openEscalationLevel)}</TableCell>
                  <TableCell>{p.phaseEnteredAt ? since(p.phaseEnteredAt) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      <SlowerThanPeers generation={generation} />
    </div>
  );
}
