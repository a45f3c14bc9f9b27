import {
  Button,
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
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useQuery } from '../../api/hooks';
import { ProblemAlert } from '../../components/problem';
import { graphql } from '../../gql';
import { useLabel } from '../../i18n';

/** Kwartiermakers only: running programmes slower than 80 % of their peers (docs/rules.md "Peer comparison"). */
export const SLOWER_THAN_PEERS = graphql(`
  query NationalSlowerThanPeers($first: Int!, $offset: Int!) {
    slowerThanPeers(first: $first, offset: $offset) {
      totalCount
      entries {
        programme {
          id
          phase
          status
          municipality {
            code
            name
          }
        }
        peerComparison {
          daysInPhase
          percentile
          completedStays
        }
      }
    }
  }
`);

const PAGE = 25;

/** The list "Trager dan 80 % van vergelijkbare programma's": a table, each municipality a link to its programme page. */
export function SlowerThanPeers({ generation }: { generation: number }) {
  const intl = useIntl();
  const label = useLabel();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [offset, setOffset] = useState(0);
  const { data, error, refetch } = useQuery(SLOWER_THAN_PEERS, { first: PAGE, offset });
  // The page asks again when a programme changed (its live feed); not on the first render.
  const seen = useRef(generation);
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    refetch();
  }, [generation, refetch]);
  const page = data?.slowerThanPeers;
  const total = page?.totalCount ?? 0;
  return (
    <section aria-labelledby="national-peers" data-testid="slower-than-peers-section">
      <Heading2 id="national-peers">{t('peers.title')}</Heading2>
      <Paragraph>{t('peers.intro')}</Paragraph>
      {error && <ProblemAlert error={error} onRetry={refetch} />}
      {page && total === 0 && <Paragraph data-testid="slower-than-peers-empty">{t('peers.empty')}</Paragraph>}
      {page && total > 0 && (
        <>
          <div className="olievlek-table-scroll" role="region" aria-labelledby="peers-caption" tabIndex={0}>
            <Table data-testid="slower-than-peers">
              <TableCaption id="peers-caption">{t('peers.caption', { total })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('peers.col.municipality')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('peers.col.phase')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('peers.col.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('peers.col.days')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('peers.col.percentile')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('peers.col.peers')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.entries.map(({ programme: p, peerComparison: c }) => (
                  <TableRow key={p.id} data-programme-id={p.id}>
                    <TableHeaderCell scope="row">
                      <Link href={`/programmas/${encodeURIComponent(p.id)}`} className="utrecht-link">
                        {p.municipality.name}
                      </Link>
                    </TableHeaderCell>
                    <TableCell>{label('ProgrammePhase', p.phase)}</TableCell>
                    <TableCell>{label('ProgrammeStatus', p.status)}</TableCell>
                    <TableCell data-testid="peers-days">{intl.formatNumber(Math.floor(c.daysInPhase))}</TableCell>
                    <TableCell data-testid="peers-percentile">
                      {c.percentile === null || c.percentile === undefined
                        ? '—'
                        : `${intl.formatNumber(c.percentile, { maximumFractionDigits: 1 })} %`}
                    </TableCell>
                    <TableCell>{t('peers.peers', { n: c.completedStays })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {total > PAGE && (
            <nav aria-label={t('peers.title')} className="olievlek-national__toolbar">
              <Paragraph>
                {t('peers.page', {
                  from: offset + 1,
                  to: Math.min(offset + PAGE, total),
                  total,
                })}
              </Paragraph>
              <Button
                appearance="secondary-action-button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('peers.previous')}
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={offset + PAGE >= total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('peers.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
