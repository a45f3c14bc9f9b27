import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { useQuery, useSubscription } from '../../api/hooks';
import { StatusAnnouncer } from '../../components/form/form';
import { PhaseStepper } from '../../components/phase-stepper';
import { ProblemAlert } from '../../components/problem';
import { graphql } from '../../gql';
import { useLabel } from '../../i18n';
import { MembersSection } from './members';
import { CollectiveSection } from './sections/collective';
import { EmbeddingsSection } from './sections/embeddings';
import { PartnerSection } from './sections/partner';
import { IndicatorsSection } from './sections/indicators';
import { MentorSection } from './sections/mentor';
import { PeerComparisonLine } from './sections/peer-comparison';
import { PracticesSection } from './sections/practices';
import { TrainingCalendarSection } from './sections/training-calendar';
import { StepsSection } from './steps';
import { TimelineSection } from './timeline';
import './programme.css';

export const PROGRAMME_QUERY = graphql(`
  query ProgrammePage($id: ID!) {
    me {
      kwartiermaker
      memberships {
        programmeId
        role
        partnerOrganisation
        partnerLevel
      }
    }
    programme(id: $id) {
      id
      phase
      status
      version
      municipality {
        code
        name
        schoolHolidayRegion
      }
      pause {
        reason
        since
      }
      phaseHistory {
        phase
        enteredAt
        leftAt
      }
      checklist {
        ruleId
        label
        done
        blocking
        missing
        tip
      }
      commitment {
        administrativeLead {
          name
        }
        recommitment {
          reason
          dueAt
        }
        projectLead {
          name
          kind
        }
        partners {
          organisation
          domain
        }
        recommendations {
          item
          doneAt
        }
      }
      agenda {
        themes
        actions {
          id
          title
          theme
          status
          ownerOrganisation
          embedding {
            recordedAt
            instrumentName
            period {
              from
              to
            }
            ended {
              at
            }
          }
        }
      }
      training {
        stage
        sessions {
          id
          title
          date
          delivered {
            at
          }
        }
      }
      members {
        memberId
        membershipId
        name
        email
        organisation
        role
        partnerOrganisation
        partnerDomain
        partnerLevel
        since
      }
      timeline {
        at
        event
        summary
        by {
          role
          name
          onBehalfOf {
            name
          }
        }
      }
    }
  }
`);

const PROGRAMME_CHANGED = graphql(`
  subscription ProgrammePageChanged($id: ID!) {
    programmeChanged(programmeId: $id) {
      id
      version
    }
  }
`);

/**
 * The programme page: the phases as a stepper; what the current phase still needs, each open item
 * with the form of the step that fulfils it (only the steps the person's roles allow, P1); members
 * and invitations; the timeline. A step taken here or elsewhere refreshes the page (programmeChanged).
 */
export default function ProgrammePage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(PROGRAMME_QUERY, { id });
  const intl = useIntl();
  const label = useLabel();
  useSubscription(PROGRAMME_CHANGED, { id }, refetch);
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data) return null;
  const programme = data.programme;
  if (!programme) return <Paragraph>{intl.formatMessage({ id: 'programme.notFound' })}</Paragraph>;
  const memberships = data.me.memberships.filter((m) => m.programmeId === programme.id);
  return (
    <StatusAnnouncer>
      <Heading1>
        {intl.formatMessage({ id: 'programme.title' }, { municipality: programme.municipality.name })}
      </Heading1>
      <Paragraph className="olievlek-programme__status">
        {intl.formatMessage(
          { id: 'programme.statusLine' },
          { phase: label('ProgrammePhase', programme.phase), status: label('ProgrammeStatus', programme.status) },
        )}
      </Paragraph>
      <PeerComparisonLine programmeId={programme.id} version={programme.version} />
      {programme.pause && (
        <Alert type="warning" role="none">
          <Paragraph>
            {intl.formatMessage(
              { id: 'programme.paused' },
              { since: intl.formatDate(programme.pause.since, { dateStyle: 'long' }), reason: programme.pause.reason },
            )}
          </Paragraph>
        </Alert>
      )}
      <PhaseStepper current={programme.phase} history={programme.phaseHistory} />
      <CollectiveSection programmeId={programme.id} version={programme.version} />
      <PartnerSection programmeId={programme.id} />
      <StepsSection
        programme={programme}
        memberships={memberships}
        kwartiermaker={data.me.kwartiermaker}
        onChange={refetch}
      />
      <TrainingCalendarSection programmeId={programme.id} phase={programme.phase} version={programme.version} />
      <EmbeddingsSection programmeId={programme.id} phase={programme.phase} version={programme.version} />
      <IndicatorsSection programmeId={programme.id} phase={programme.phase} version={programme.version} />
      <PracticesSection programmeId={programme.id} phase={programme.phase} version={programme.version} />
      <MentorSection programmeId={programme.id} phase={programme.phase} version={programme.version} />
      <MembersSection
        programme={programme}
        memberships={memberships}
        kwartiermaker={data.me.kwartiermaker}
        onChange={refetch}
      />
      <TimelineSection entries={programme.timeline} />
    </StatusAnnouncer>
  );
}
