import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useQuery } from '../api/hooks';
import { ProblemAlert } from '../components/problem';
import { graphql } from '../gql';
import { useLabel } from '../i18n';

export const MY_PROGRAMMES_QUERY = graphql(`
  query MyProgrammes {
    me {
      memberships {
        membershipId
        programmeId
        role
        partnerOrganisation
      }
    }
    programmes(first: 100) {
      edges {
        node {
          id
          phase
          status
          municipality {
            code
            name
          }
        }
      }
    }
  }
`);

/** "Mijn taken": what waits for the signed-in person across their programmes, most urgent first. */
export function MyTasksPage() {
  const { data, error, refetch } = useQuery(MY_PROGRAMMES_QUERY, {});
  const label = useLabel();
  const intl = useIntl();
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const memberships = data?.me.memberships ?? [];
  const programmes = (data?.programmes.edges ?? []).map((e) => e.node);
  const mine = programmes.filter((p) => memberships.some((m) => m.programmeId === p.id));
  return (
    <>
      <Heading1>
        <FormattedMessage id="tasks.title" />
      </Heading1>
      <section aria-labelledby="my-programmes">
        <Heading2 id="my-programmes">
          <FormattedMessage id="tasks.programmes" />
        </Heading2>
        {data && mine.length === 0 && (
          <Paragraph>
            <FormattedMessage id="tasks.noProgrammes" />
          </Paragraph>
        )}
        {data && mine.length === 0 && (
          <Paragraph>
            <Link href="/programmas/nieuw" className="utrecht-link">
              <FormattedMessage id="start.link" />
            </Link>
          </Paragraph>
        )}
        <UnorderedList>
          {mine.map((p) => (
            <UnorderedListItem key={p.id}>
              <Link href={`/programmas/${encodeURIComponent(p.id)}`} className="utrecht-link">
                {intl.formatMessage({ id: 'tasks.open' }, { municipality: p.municipality.name })}
              </Link>{' '}
              — {label('ProgrammePhase', p.phase)} ·{' '}
              {intl.formatMessage(
                { id: 'tasks.role' },
                {
                  roles: intl.formatList(
                    memberships.filter((m) => m.programmeId === p.id).map((m) => label('MemberRole', m.role)),
                  ),
                },
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
    </>
  );
}
