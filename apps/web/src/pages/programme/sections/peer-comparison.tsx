import { Paragraph } from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { useQuery } from '../../../api/hooks';
import { graphql } from '../../../gql';
import { useRefreshOnVersion } from './refresh';

const PEER_COMPARISON_QUERY = graphql(`
  query ProgrammePeerComparison($id: ID!) {
    programme(id: $id) {
      id
      peerComparison {
        daysInPhase
        percentile
        slowerThanPeers
        completedStays
      }
    }
  }
`);

/**
 * One small line under the programme's status (docs/rules.md "Peer comparison"): how long it has been
 * in its phase against the programmes that completed it. Nothing while it is not running.
 */
export function PeerComparisonLine({ programmeId, version }: { programmeId: string; version: number }) {
  const intl = useIntl();
  const { data, refetch } = useQuery(PEER_COMPARISON_QUERY, { id: programmeId });
  useRefreshOnVersion(version, refetch);
  const c = data?.programme?.peerComparison;
  if (!c) return null;
  const days = Math.floor(c.daysInPhase);
  return (
    <Paragraph appearance="small" data-testid="peer-comparison">
      {c.percentile === null || c.percentile === undefined
        ? intl.formatMessage({ id: 'peers.lineNoPeers' }, { days })
        : intl.formatMessage(
            { id: 'peers.line' },
            {
              days,
              percentile: intl.formatNumber(c.percentile, { maximumFractionDigits: 1 }),
              n: c.completedStays,
            },
          )}
      {c.slowerThanPeers && (
        <>
          {' '}
          <strong data-testid="peer-comparison-flag">{intl.formatMessage({ id: 'peers.lineFlagged' })}</strong>
        </>
      )}
    </Paragraph>
  );
}
