import {
  Heading2,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { useQuery } from '../../../api/hooks';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { EmbeddingsSectionQuery, ProgrammePhase } from '../../../gql/graphql';
import { useLabel } from '../../../i18n';
import { useRefreshOnVersion } from './refresh';
import './embeddings.css';

// R4.5 Borging that lasts: every embedding with its instrument's period, and "verlopen" (expired)
// when the period ended without a successor — the step "Opvolgend instrument vastleggen" is then in
// the steps above (the checklist's R4.5 line). Earlier instruments of an embedding are listed too.

const EMBEDDINGS_QUERY = graphql(`
  query EmbeddingsSection($id: ID!) {
    programme(id: $id) {
      id
      agenda {
        actions {
          id
          title
          embedding {
            instrument
            instrumentName
            takenOverBy
            period {
              from
              to
            }
            ended {
              at
              by
            }
            confirmedInForce
            pastInstruments {
              instrumentName
              period {
                from
                to
              }
            }
          }
        }
      }
    }
  }
`);

type Action = NonNullable<NonNullable<EmbeddingsSectionQuery['programme']>['agenda']>['actions'][number];
type Period = { from: number; to?: number | null | undefined };

const PHASES: readonly ProgrammePhase[] = ['EMBEDDING', 'CONTINUATION', 'CLOSED'];

export function EmbeddingsSection({
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
  const { data, error, refetch } = useQuery(EMBEDDINGS_QUERY, { id: programmeId }, !relevant);
  useRefreshOnVersion(version, refetch);
  if (!relevant) return null;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const actions = (data?.programme?.agenda?.actions ?? []).filter(
    (a): a is Action & { embedding: NonNullable<Action['embedding']> } => !!a.embedding,
  );
  if (!data?.programme) return null;
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const period = (p: Period | null | undefined) =>
    !p
      ? t('embeddings.noPeriod')
      : p.to === null || p.to === undefined
        ? t('embeddings.periodOpen', { from: String(p.from) })
        : p.to === p.from
          ? String(p.from)
          : `${p.from}–${p.to}`;
  const expired = actions.filter((a) => a.embedding.ended).length;
  return (
    <section aria-labelledby="embeddings" className="olievlek-embeddings">
      <Heading2 id="embeddings">{t('embeddings.title')}</Heading2>
      <Paragraph>{t('embeddings.intro')}</Paragraph>
      {expired > 0 && (
        <Paragraph className="olievlek-embeddings__expired">
          {t('embeddings.expiredNote', { count: expired })}
        </Paragraph>
      )}
      {actions.length === 0 ? (
        <Paragraph>{t('embeddings.none')}</Paragraph>
      ) : (
        <div className="olievlek-table-scroll">
          <Table>
            <TableCaption>{t('embeddings.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('embeddings.colAction')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('embeddings.colInstrument')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('embeddings.colPeriod')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('embeddings.colStatus')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {actions.map((a) => {
                const e = a.embedding;
                const confirmed = e.confirmedInForce ?? [];
                return (
                  <TableRow key={a.id} data-action-id={a.id}>
                    <TableCell>{a.title}</TableCell>
                    <TableCell>
                      {e.instrumentName}
                      <span className="olievlek-embeddings__kind">
                        {' '}
                        ({label('PolicyInstrumentKind', e.instrument)})
                      </span>
                      {(e.pastInstruments ?? []).length > 0 && (
                        <span className="olievlek-embeddings__past">
                          {t('embeddings.follows', {
                            names: (e.pastInstruments ?? [])
                              .map((p) => (p.period ? `${p.instrumentName} (${period(p.period)})` : p.instrumentName))
                              .join('; '),
                          })}
                        </span>
                      )}
                    </TableCell>
                    <TableCell data-period>{period(e.period)}</TableCell>
                    <TableCell data-status>
                      {e.ended ? (
                        <>
                          <StatusBadge status="danger">{t('embeddings.expired')}</StatusBadge>{' '}
                          {t(e.ended.by === 'PERIOD' ? 'embeddings.endedPeriod' : 'embeddings.endedCheckIn', {
                            date: intl.formatDate(new Date(e.ended.at), {
                              dateStyle: 'long',
                              timeZone: 'Europe/Amsterdam',
                            }),
                          })}
                        </>
                      ) : confirmed.length > 0 ? (
                        t('embeddings.confirmed', { year: String(confirmed[confirmed.length - 1]) })
                      ) : (
                        t('embeddings.inForce')
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
