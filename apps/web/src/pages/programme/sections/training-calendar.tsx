import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useIntl, type IntlShape } from 'react-intl';
import { useQuery } from '../../../api/hooks';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { ProgrammePhase, TrainingCalendarSectionQuery } from '../../../gql/graphql';
import { useLabel } from '../../../i18n';
import { localDate, useRefreshOnVersion } from './refresh';
import './training-calendar.css';

const TRAINING_CALENDAR_QUERY = graphql(`
  query TrainingCalendarSection($id: ID!) {
    programme(id: $id) {
      id
      municipality {
        schoolHolidayRegion
      }
      trainingCalendar {
        targetYear
        schoolYear {
          firstDay
          lastDay
          provisional
        }
        deadlines {
          kind
          date
          actsAt
        }
        holidays {
          kind
          schoolYear
          from
          to
          advisory
          provisional
        }
        holidaysPublished
        sessions {
          id
          date
          title
          provisional
          delivered {
            schoolsReached
            staffTrained
          }
        }
      }
    }
  }
`);

type Calendar = NonNullable<NonNullable<TrainingCalendarSectionQuery['programme']>['trainingCalendar']>;
type EntryKind = 'deadline' | 'holiday' | 'session';

interface Entry {
  key: string;
  kind: EntryKind;
  date: string;
  to?: string;
  text: string;
  note?: string;
}

// R3.1: the training track exists from the adopted agenda on (EXECUTION); it stays to look back on.
const PHASES: readonly ProgrammePhase[] = ['EXECUTION', 'EMBEDDING', 'CONTINUATION'];
const KIND_ORDER: Record<EntryKind, number> = { deadline: 0, holiday: 1, session: 2 };

const day = (intl: IntlShape, date: string) =>
  intl.formatDate(localDate(date), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

function entriesOf(calendar: Calendar, intl: IntlShape, label: (e: string, v: string) => string): Entry[] {
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const entries: Entry[] = [
    ...calendar.deadlines.map((d) => ({
      key: `deadline-${d.kind}`,
      kind: 'deadline' as const,
      date: d.date,
      text: t(`calendar.deadline.${d.kind}`),
    })),
    ...calendar.holidays.map((h) => ({
      key: `holiday-${h.schoolYear}-${h.kind}`,
      kind: 'holiday' as const,
      date: h.from,
      to: h.to,
      text: label('SchoolHolidayKind', h.kind),
      ...(h.provisional
        ? { note: t('calendar.holidayProvisional') }
        : h.advisory
          ? { note: t('calendar.holidayAdvisory') }
          : {}),
    })),
    ...calendar.sessions.map((s) => ({
      key: `session-${s.id}`,
      kind: 'session' as const,
      date: s.date,
      text: s.title,
      note: s.delivered
        ? t('calendar.sessionDelivered', { schools: s.delivered.schoolsReached, staff: s.delivered.staffTrained })
        : // R3.3: planned on the estimated holidays of a school year not yet published.
          t(s.provisional ? 'calendar.sessionProvisional' : 'calendar.sessionPlanned'),
    })),
  ];
  // YYYY-MM-DD strings order like the dates they name.
  return entries.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * The months from January of the target year (or the month of an earlier entry: the Christmas
 * holiday that runs into January) to the last month with something in it, as YYYY-MM.
 */
function monthsOf(calendar: Calendar, entries: readonly Entry[]): string[] {
  const starts = [`${calendar.targetYear}-01`, ...entries.map((e) => e.date.slice(0, 7))].sort();
  const last = [calendar.schoolYear.lastDay, ...entries.map((e) => e.date)].sort().at(-1)!.slice(0, 7);
  const months: string[] = [];
  let [y, m] = starts[0]!.split('-').map(Number) as [number, number];
  for (let month = starts[0]!; month <= last; month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

function When({ entry }: { entry: Entry }) {
  const intl = useIntl();
  return (
    <>
      {entry.to
        ? intl.formatMessage({ id: 'calendar.range' }, { from: day(intl, entry.date), to: day(intl, entry.to) })
        : day(intl, entry.date)}
    </>
  );
}

/**
 * The training calendar on the school year of the municipality's holiday region (R3.1, R3.3): the
 * January window, 1 February, the end of February and the calendar cut-off, the region's school
 * holidays and the planned sessions — a month grid, and the same as a table.
 */
export function TrainingCalendarSection({
  programmeId,
  phase,
  version,
}: {
  programmeId: string;
  phase: ProgrammePhase;
  version: number;
}) {
  const intl = useIntl();
  const label = useLabel();
  const relevant = PHASES.includes(phase);
  const { data, error, refetch } = useQuery(TRAINING_CALENDAR_QUERY, { id: programmeId }, !relevant);
  useRefreshOnVersion(version, refetch);
  if (!relevant) return null;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const programme = data?.programme;
  const calendar = programme?.trainingCalendar;
  if (!programme || !calendar) return null;
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const entries = entriesOf(calendar, intl, label);
  const months = monthsOf(calendar, entries);
  const years = { from: calendar.targetYear, to: calendar.targetYear + 1 };
  return (
    <section aria-labelledby="training-calendar" className="olievlek-calendar">
      <Heading2 id="training-calendar">{t('calendar.title')}</Heading2>
      <Paragraph>{t('calendar.intro')}</Paragraph>
      <Paragraph data-testid="calendar-school-year">
        {t('calendar.schoolYear', {
          ...years,
          region: t(`calendar.region.${programme.municipality.schoolHolidayRegion}`),
          firstDay: day(intl, calendar.schoolYear.firstDay),
          lastDay: day(intl, calendar.schoolYear.lastDay),
        })}
        {calendar.schoolYear.provisional && <> {t('calendar.schoolYearProvisional')}</>}
      </Paragraph>
      {!calendar.holidaysPublished && <Paragraph>{t('calendar.holidaysUnpublished')}</Paragraph>}
      <Paragraph>{t('calendar.sessions', { n: calendar.sessions.length })}</Paragraph>
      <ol className="olievlek-calendar__months" aria-label={t('calendar.months', { year: calendar.targetYear })}>
        {months.map((month) => {
          const inMonth = entries.filter((e) => e.date.startsWith(month));
          return (
            <li key={month} className="olievlek-calendar__month" data-month={month}>
              <span className="olievlek-calendar__month-name">
                {intl.formatDate(localDate(`${month}-01`), {
                  month: 'long',
                  year: 'numeric',
                  timeZone: 'Europe/Amsterdam',
                })}
              </span>
              {inMonth.length === 0 ? (
                <span className="olievlek-calendar__empty">{t('calendar.monthEmpty')}</span>
              ) : (
                <ul className="olievlek-calendar__entries">
                  {inMonth.map((e) => (
                    <li key={e.key} className="olievlek-calendar__entry" data-kind={e.kind}>
                      <span className="olievlek-calendar__marker" aria-hidden="true">
                        {t(`calendar.marker.${e.kind}`)}
                      </span>
                      <span>
                        <span className="olievlek-calendar__kind">{t(`calendar.kind.${e.kind}`)}: </span>
                        <When entry={e} /> — {e.text}
                        {e.note && <> ({e.note})</>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <details className="olievlek-calendar__table">
        <summary>{t('calendar.tableSummary')}</summary>
        <div className="olievlek-table-scroll">
          <Table>
            <TableCaption>{t('calendar.tableCaption', years)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('calendar.colDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('calendar.colKind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('calendar.colWhat')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.key} data-kind={e.kind} data-date={e.date} data-to={e.to}>
                  <TableCell>
                    <When entry={e} />
                  </TableCell>
                  <TableCell>{t(`calendar.kind.${e.kind}`)}</TableCell>
                  <TableCell>
                    {e.text}
                    {e.note && <> ({e.note})</>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </section>
  );
}
