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
import { useIntl } from 'react-intl';
import { useQuery } from '../../../api/hooks';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import { useRefreshOnVersion } from './refresh';

// Regional collectives (docs/rules.md C1–C4): the lead municipality (penvoerder) and each member,
// with its own alderman's confirmation (C2) and, for a member that left, when (C4).

const COLLECTIVE_QUERY = graphql(`
  query CollectiveSection($id: ID!) {
    programme(id: $id) {
      id
      collective {
        lead {
          code
          name
        }
        members {
          municipality {
            code
            name
          }
          joinedOn
          confirmedOn
          leftOn
        }
      }
    }
  }
`);

/** Shown only for a programme that a collective runs; nothing for a programme of one municipality. */
export function CollectiveSection({ programmeId, version }: { programmeId: string; version: number }) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(COLLECTIVE_QUERY, { id: programmeId });
  useRefreshOnVersion(version, refetch);
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const collective = data?.programme?.collective;
  if (!collective) return null;
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const day = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return (
    <section aria-labelledby="collective-title" data-testid="collective-section">
      <Heading2 id="collective-title">{t('collective.title')}</Heading2>
      <Paragraph>{t('collective.intro', { lead: collective.lead.name })}</Paragraph>
      <div className="olievlek-table-scroll" role="region" aria-labelledby="collective-caption" tabIndex={0}>
        <Table>
          <TableCaption id="collective-caption">
            {t('collective.caption', { n: collective.members.length })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('collective.col.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('collective.col.joined')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('collective.col.confirmed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('collective.col.left')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {collective.members.map((m) => (
              <TableRow key={`${m.municipality.code}-${m.joinedOn}`} data-code={m.municipality.code}>
                <TableHeaderCell scope="row">{m.municipality.name}</TableHeaderCell>
                <TableCell>{day(m.joinedOn)}</TableCell>
                <TableCell>{m.confirmedOn ? day(m.confirmedOn) : t('collective.notConfirmed')}</TableCell>
                <TableCell>{m.leftOn ? day(m.leftOn) : t('collective.stillIn')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
