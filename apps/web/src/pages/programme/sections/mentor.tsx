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
import { useIntl } from 'react-intl';
import { useQuery } from '../../../api/hooks';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { ProgrammePhase } from '../../../gql/graphql';
import { useRefreshOnVersion } from './refresh';
import './mentor.css';

const MENTOR_QUERY = graphql(`
  query MentorSection($id: ID!) {
    me {
      kwartiermaker
    }
    programme(id: $id) {
      id
      mentor {
        kind
        municipalityCode
        name
        note
        pairedAt
        programmeId
        by {
          name
        }
      }
    }
  }
`);

const MENTOR_SUGGESTIONS_QUERY = graphql(`
  query MentorSuggestionsSection($id: ID!) {
    mentorSuggestions(programmeId: $id, first: 5) {
      kind
      municipalityCode
      name
      programmeId
      sameRegion
      distanceKm
    }
  }
`);

/** Suggestions are for kwartiermakers only (the API refuses others); pairing is the national view's action. */
function Suggestions({ programmeId, version }: { programmeId: string; version: number }) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(MENTOR_SUGGESTIONS_QUERY, { id: programmeId });
  useRefreshOnVersion(version, refetch);
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data) return null;
  return (
    <>
      <Heading3>{t('mentor.suggestions')}</Heading3>
      <Paragraph>{t('mentor.suggestionsIntro')}</Paragraph>
      {data.mentorSuggestions.length === 0 ? (
        <Paragraph>{t('mentor.noSuggestions')}</Paragraph>
      ) : (
        <div className="olievlek-table-scroll">
          <Table className="olievlek-mentor__suggestions">
            <TableCaption>{t('mentor.suggestionsCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('mentor.colName')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('mentor.colKind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('mentor.colRegion')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('mentor.colDistance')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.mentorSuggestions.map((s) => (
                <TableRow
                  key={`${s.municipalityCode}-${s.programmeId ?? s.kind}`}
                  data-municipality={s.municipalityCode}
                >
                  <TableHeaderCell scope="row">
                    {s.name} ({s.municipalityCode})
                  </TableHeaderCell>
                  <TableCell>{t(`mentor.kind.${s.kind}`)}</TableCell>
                  <TableCell>{t(s.sameRegion ? 'mentor.yes' : 'mentor.no')}</TableCell>
                  <TableCell className="olievlek-mentor__number">
                    {t('mentor.distance', { km: intl.formatNumber(s.distanceKm, { maximumFractionDigits: 0 }) })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

/**
 * The mentor (national view, "Mentors"): the pioneer collective or embedded programme a kwartiermaker
 * paired with this programme, and how to reach it; a kwartiermaker also sees the suggestions.
 */
export function MentorSection({
  programmeId,
  phase,
  version,
}: {
  programmeId: string;
  phase: ProgrammePhase;
  version: number;
}) {
  const intl = useIntl();
  // A mentor helps a running programme; a closed one keeps no mentor section.
  const relevant = phase !== 'CLOSED';
  const { data, error, refetch } = useQuery(MENTOR_QUERY, { id: programmeId }, !relevant);
  useRefreshOnVersion(version, refetch);
  if (!relevant) return null;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data?.programme) return null;
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const { mentor } = data.programme;
  return (
    <section aria-labelledby="mentor" className="olievlek-mentor">
      <Heading2 id="mentor">{t('mentor.title')}</Heading2>
      {mentor ? (
        <>
          <Paragraph>{t('mentor.intro')}</Paragraph>
          <dl className="olievlek-mentor__facts" data-testid="mentor-pairing">
            <dt>{t('mentor.name')}</dt>
            <dd data-field="name">{mentor.name}</dd>
            <dt>{t('mentor.kind')}</dt>
            <dd data-field="kind">{t(`mentor.kind.${mentor.kind}`)}</dd>
            <dt>{t('mentor.municipality')}</dt>
            <dd data-field="municipalityCode">{mentor.municipalityCode}</dd>
            <dt>{t('mentor.pairedAt')}</dt>
            <dd data-field="pairedAt">
              {intl.formatDate(mentor.pairedAt, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })}
            </dd>
            {mentor.note && (
              <>
                <dt>{t('mentor.note')}</dt>
                <dd data-field="note">{mentor.note}</dd>
              </>
            )}
            <dt>{t('mentor.contact')}</dt>
            <dd data-field="contact">
              {mentor.by.name ? t('mentor.contactText', { name: mentor.by.name }) : t('mentor.contactUnnamed')}
            </dd>
          </dl>
        </>
      ) : (
        <Paragraph>{t('mentor.none')}</Paragraph>
      )}
      {data.me.kwartiermaker && <Suggestions programmeId={programmeId} version={version} />}
    </section>
  );
}
