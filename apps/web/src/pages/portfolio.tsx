import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
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
import { useState, type FormEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { useQuery } from '../api/hooks';
import { ProblemAlert } from '../components/problem';
import { PHASES } from '../components/phase-stepper';
import { graphql } from '../gql';
import type {
  PortfolioQuery,
  ProgrammeFilterInput,
  ProgrammePhase,
  ProgrammeSortField,
  ProgrammeStatus,
  RiskFlag,
  SortDirection,
} from '../gql/graphql';
import { useLabel } from '../i18n';
import './portfolio.css';

const PORTFOLIO_QUERY = graphql(`
  query Portfolio($filter: ProgrammeFilterInput!, $orderBy: ProgrammeOrderInput!, $after: String) {
    programmes(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          phase
          status
          openEscalationLevel
          riskFlags
          nextDeadlineAt
          startedAt
          updatedAt
          municipality {
            name
            province
          }
        }
      }
    }
  }
`);

const STATUSES: readonly ProgrammeStatus[] = ['ACTIVE', 'PAUSED', 'CLOSED', 'ABORTED'];
const RISK_FLAGS: readonly RiskFlag[] = ['EXTERNAL_LEAD', 'LEAD_DEPARTED', 'SCHOOL_YEAR_MISSED'];
const ALL_PHASES: readonly ProgrammePhase[] = [...PHASES, 'CLOSED'];
// The twelve provinces by their CBS names (the API's Municipality.province).
const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

/** The sort fields by the word in the address (?sorteer=…), each with the direction it starts in. */
const SORTS: ReadonlyArray<{ param: string; field: ProgrammeSortField; first: SortDirection }> = [
  { param: 'escalatie', field: 'OPEN_ESCALATION_LEVEL', first: 'DESC' },
  { param: 'gemeente', field: 'MUNICIPALITY_NAME', first: 'ASC' },
  { param: 'gestart', field: 'STARTED_AT', first: 'DESC' },
  { param: 'gewijzigd', field: 'UPDATED_AT', first: 'DESC' },
];
const DIRECTIONS: Record<string, SortDirection> = { oplopend: 'ASC', aflopend: 'DESC' };
const DIRECTION_PARAM: Record<SortDirection, string> = { ASC: 'oplopend', DESC: 'aflopend' };

/** What the address asks for: filters, sort and page, each checked against what exists. */
interface PortfolioView {
  phase?: ProgrammePhase;
  status?: ProgrammeStatus;
  escalation?: 1 | 2 | 3;
  risk?: RiskFlag;
  province?: string;
  sort: (typeof SORTS)[number];
  direction: SortDirection;
  after?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

function readView(search: string): PortfolioView {
  const q = new URLSearchParams(search);
  const sort = SORTS.find((s) => s.param === q.get('sorteer')) ?? SORTS[0]!;
  const level = Number(q.get('escalatie'));
  const phase = oneOf(ALL_PHASES, q.get('fase'));
  const status = oneOf(STATUSES, q.get('status'));
  const risk = oneOf(RISK_FLAGS, q.get('risico'));
  const province = oneOf(PROVINCES, q.get('provincie'));
  const after = q.get('na');
  return {
    sort,
    direction: DIRECTIONS[q.get('richting') ?? ''] ?? sort.first,
    ...(phase ? { phase } : {}),
    ...(status ? { status } : {}),
    ...(level === 1 || level === 2 || level === 3 ? { escalation: level } : {}),
    ...(risk ? { risk } : {}),
    ...(province ? { province } : {}),
    ...(after ? { after } : {}),
  };
}

/** The address of a view (without a page cursor unless given): shareable, as the brief asks. */
function viewSearch(view: PortfolioView): string {
  const q = new URLSearchParams();
  if (view.phase) q.set('fase', view.phase);
  if (view.status) q.set('status', view.status);
  if (view.escalation) q.set('escalatie', String(view.escalation));
  if (view.risk) q.set('risico', view.risk);
  if (view.province) q.set('provincie', view.province);
  q.set('sorteer', view.sort.param);
  q.set('richting', DIRECTION_PARAM[view.direction]);
  if (view.after) q.set('na', view.after);
  return q.toString();
}

function withoutPage({ after: _page, ...view }: PortfolioView): PortfolioView {
  return view;
}

function filterOf(view: PortfolioView): ProgrammeFilterInput {
  return {
    // Only the programmes assigned to the person as programme manager (P1), not every one they may see.
    myRole: 'PROGRAMME_MANAGER',
    ...(view.phase ? { phases: [view.phase] } : {}),
    ...(view.status ? { statuses: [view.status] } : {}),
    ...(view.escalation ? { minOpenEscalationLevel: view.escalation } : {}),
    ...(view.risk ? { riskFlag: view.risk } : {}),
    ...(view.province ? { province: view.province } : {}),
  };
}

/**
 * The programme manager's portfolio: the programmes they are assigned to, filterable by phase,
 * status, escalation level, risk flag and province and sortable, all in the address so a view can
 * be shared. The table's column headers sort (aria-sort); on a phone each row becomes a card.
 */
export default function PortfolioPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const view = readView(search);
  const intl = useIntl();
  const { data, error, refetch } = useQuery(PORTFOLIO_QUERY, {
    filter: filterOf(view),
    orderBy: { field: view.sort.field, direction: view.direction },
    ...(view.after ? { after: view.after } : {}),
  });
  const go = (next: PortfolioView) => navigate(`/portefeuille?${viewSearch(next)}`);
  const rows = data?.programmes.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(view.phase || view.status || view.escalation || view.risk || view.province);
  return (
    <>
      <Heading1>{intl.formatMessage({ id: 'portfolio.title' })}</Heading1>
      <Paragraph>{intl.formatMessage({ id: 'portfolio.intro' })}</Paragraph>
      <Filters key={search} view={view} onApply={go} />
      {error && <ProblemAlert error={error} onRetry={refetch} />}
      {data && (
        <section aria-labelledby="portfolio-results" className="olievlek-portfolio">
          <Heading2 id="portfolio-results" className="olievlek-portfolio__count" aria-live="polite">
            {intl.formatMessage({ id: 'portfolio.caption' }, { n: data.programmes.totalCount })}
          </Heading2>
          {rows.length === 0 ? (
            <Paragraph>{intl.formatMessage({ id: filtered ? 'portfolio.empty' : 'portfolio.none' })}</Paragraph>
          ) : (
            <PortfolioTable view={view} rows={rows} total={data.programmes.totalCount} />
          )}
          <nav aria-label={intl.formatMessage({ id: 'portfolio.title' })} className="olievlek-portfolio__pages">
            {view.after && (
              <Link href={`/portefeuille?${viewSearch(withoutPage(view))}`} className="utrecht-link">
                {intl.formatMessage({ id: 'portfolio.first' })}
              </Link>
            )}
            {data.programmes.pageInfo.hasNextPage && data.programmes.pageInfo.endCursor && (
              <Link
                href={`/portefeuille?${viewSearch({ ...view, after: data.programmes.pageInfo.endCursor })}`}
                className="utrecht-link"
              >
                {intl.formatMessage({ id: 'portfolio.next' })}
              </Link>
            )}
          </nav>
        </section>
      )}
    </>
  );
}

type PortfolioRow = PortfolioQuery['programmes']['edges'][number]['node'];

/** The filter and sort form: applied with its button, so nothing moves while a person chooses. */
function Filters({ view, onApply }: { view: PortfolioView; onApply: (view: PortfolioView) => void }) {
  const intl = useIntl();
  const label = useLabel();
  const [draft, setDraft] = useState(view);
  const any = intl.formatMessage({ id: 'portfolio.any' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(withoutPage(draft));
  };
  const select = (
    id: string,
    labelId: string,
    value: string,
    onChange: (value: string) => void,
    options: ReadonlyArray<readonly [string, string]>,
    withAny = true,
  ) => (
    <FormField className="olievlek-portfolio__field">
      <FormLabel htmlFor={id}>{intl.formatMessage({ id: labelId })}</FormLabel>
      <Select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {withAny && <SelectOption value="">{any}</SelectOption>}
        {options.map(([v, text]) => (
          <SelectOption key={v} value={v}>
            {text}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
  return (
    <form className="olievlek-portfolio__filters" onSubmit={submit} aria-labelledby="portfolio-filters">
      <Heading2 id="portfolio-filters" className="olievlek-portfolio__filters-title">
        {intl.formatMessage({ id: 'portfolio.filters' })}
      </Heading2>
      <div className="olievlek-portfolio__fields">
        {select(
          'portfolio-phase',
          'portfolio.phase',
          draft.phase ?? '',
          (v) => setDraft({ ...draft, phase: oneOf(ALL_PHASES, v) }),
          ALL_PHASES.map((p) => [p, label('ProgrammePhase', p)] as const),
        )}
        {select(
          'portfolio-status',
          'portfolio.status',
          draft.status ?? '',
          (v) => setDraft({ ...draft, status: oneOf(STATUSES, v) }),
          STATUSES.map((s) => [s, label('ProgrammeStatus', s)] as const),
        )}
        {select(
          'portfolio-escalation',
          'portfolio.escalation',
          draft.escalation ? String(draft.escalation) : '',
          (v) => setDraft({ ...draft, escalation: v === '1' ? 1 : v === '2' ? 2 : v === '3' ? 3 : undefined }),
          [
            ['1', intl.formatMessage({ id: 'portfolio.escalationAtLeast' }, { level: 1 })],
            ['2', intl.formatMessage({ id: 'portfolio.escalationAtLeast' }, { level: 2 })],
            ['3', intl.formatMessage({ id: 'portfolio.escalationOnly3' })],
          ],
        )}
        {select(
          'portfolio-risk',
          'portfolio.riskFlag',
          draft.risk ?? '',
          (v) => setDraft({ ...draft, risk: oneOf(RISK_FLAGS, v) }),
          RISK_FLAGS.map((r) => [r, label('RiskFlag', r)] as const),
        )}
        {select(
          'portfolio-province',
          'portfolio.province',
          draft.province ?? '',
          (v) => setDraft({ ...draft, province: oneOf(PROVINCES, v) }),
          PROVINCES.map((p) => [p, p] as const),
        )}
        {select(
          'portfolio-sort',
          'portfolio.sortBy',
          draft.sort.param,
          (v) => {
            const sort = SORTS.find((s) => s.param === v) ?? SORTS[0]!;
            setDraft({ ...draft, sort, direction: sort.first });
          },
          SORTS.map((s) => [s.param, intl.formatMessage({ id: `portfolio.sort.${s.field}` })] as const),
          false,
        )}
        {select(
          'portfolio-direction',
          'portfolio.direction',
          DIRECTION_PARAM[draft.direction],
          (v) => setDraft({ ...draft, direction: DIRECTIONS[v] ?? draft.sort.first }),
          [
            ['oplopend', intl.formatMessage({ id: 'portfolio.ascending' })],
            ['aflopend', intl.formatMessage({ id: 'portfolio.descending' })],
          ],
          false,
        )}
      </div>
      <div className="olievlek-portfolio__buttons">
        <Button type="submit" appearance="primary-action-button">
          {intl.formatMessage({ id: 'portfolio.apply' })}
        </Button>
        <Link href="/portefeuille" className="utrecht-link">
          {intl.formatMessage({ id: 'portfolio.clear' })}
        </Link>
      </div>
    </form>
  );
}

function PortfolioTable({ view, rows, total }: { view: PortfolioView; rows: PortfolioRow[]; total: number }) {
  const intl = useIntl();
  const label = useLabel();
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
  const column = (id: string) => intl.formatMessage({ id });
  /** A column header that sorts: a link to the same view sorted by it, with aria-sort on the sorted one. */
  const sortable = (param: string, labelId: string) => {
    const sort = SORTS.find((s) => s.param === param)!;
    const current = view.sort.param === param;
    const direction: SortDirection = current ? (view.direction === 'ASC' ? 'DESC' : 'ASC') : sort.first;
    const rest = withoutPage(view);
    return (
      <TableHeaderCell
        scope="col"
        aria-sort={current ? (view.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
        data-sort={param}
      >
        <Link
          href={`/portefeuille?${viewSearch({ ...rest, sort, direction })}`}
          className="utrecht-link olievlek-portfolio__sort"
          title={intl.formatMessage({ id: 'portfolio.sortByColumn' }, { column: column(labelId).toLowerCase() })}
        >
          {column(labelId)}
          <span className="olievlek-portfolio__sort-mark" aria-hidden="true">
            {current ? (view.direction === 'ASC' ? ' ▲' : ' ▼') : ''}
          </span>
          {current && (
            <span className="olievlek-visually-hidden">
              {' '}
              {intl.formatMessage({
                id: view.direction === 'ASC' ? 'portfolio.sortedAscending' : 'portfolio.sortedDescending',
              })}
            </span>
          )}
        </Link>
      </TableHeaderCell>
    );
  };
  const cell = (labelId: string, content: ReactNode, field: string) => (
    <TableCell data-label={column(labelId)} data-field={field}>
      {content}
    </TableCell>
  );
  return (
    <div className="olievlek-table-scroll">
      <Table className="olievlek-portfolio__table">
        <TableCaption className="olievlek-visually-hidden">
          {intl.formatMessage({ id: 'portfolio.captionPage' }, { shown: rows.length, n: total })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {sortable('gemeente', 'portfolio.municipality')}
            <TableHeaderCell scope="col">{column('portfolio.province')}</TableHeaderCell>
            <TableHeaderCell scope="col">{column('portfolio.phase')}</TableHeaderCell>
            <TableHeaderCell scope="col">{column('portfolio.status')}</TableHeaderCell>
            {sortable('escalatie', 'portfolio.escalation')}
            <TableHeaderCell scope="col">{column('portfolio.risks')}</TableHeaderCell>
            <TableHeaderCell scope="col">{column('portfolio.nextDeadline')}</TableHeaderCell>
            {sortable('gestart', 'portfolio.started')}
            {sortable('gewijzigd', 'portfolio.updated')}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((p) => (
            <TableRow key={p.id} data-programme={p.id}>
              <TableHeaderCell scope="row" data-label={column('portfolio.municipality')} data-field="municipality">
                <Link href={`/programmas/${encodeURIComponent(p.id)}`} className="utrecht-link">
                  {p.municipality.name}
                </Link>
              </TableHeaderCell>
              {cell('portfolio.province', p.municipality.province, 'province')}
              {cell('portfolio.phase', label('ProgrammePhase', p.phase), 'phase')}
              {cell('portfolio.status', label('ProgrammeStatus', p.status), 'status')}
              {cell(
                'portfolio.escalation',
                p.openEscalationLevel > 0
                  ? intl.formatMessage({ id: 'decision.escalationLevelValue' }, { level: p.openEscalationLevel })
                  : column('portfolio.noEscalation'),
                'escalation',
              )}
              {cell(
                'portfolio.risks',
                p.riskFlags.length
                  ? intl.formatList(p.riskFlags.map((f) => label('RiskFlag', f)))
                  : column('portfolio.noRisk'),
                'risks',
              )}
              {cell(
                'portfolio.nextDeadline',
                p.nextDeadlineAt ? date(p.nextDeadlineAt) : column('portfolio.noDeadline'),
                'deadline',
              )}
              {cell('portfolio.started', date(p.startedAt), 'started')}
              {cell('portfolio.updated', date(p.updatedAt), 'updated')}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
