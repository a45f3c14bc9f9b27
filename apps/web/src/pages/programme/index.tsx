import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery, useSubscription } from '../../api/hooks';
import { ProblemAlert } from '../../components/problem';
import { PhaseStepper } from '../../components/phase-stepper';
import { graphql } from '../../gql';

export const PROGRAMME_QUERY = graphql(`
  query ProgrammePage($id: ID!) {
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

/** The programme page: the phases as a stepper, and what the current phase still needs. */
export default function ProgrammePage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(PROGRAMME_QUERY, { id });
  const intl = useIntl();
  useSubscription(PROGRAMME_CHANGED, { id }, refetch);
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data) return null;
  const programme = data.programme;
  if (!programme) return <Paragraph>{intl.formatMessage({ id: 'programme.notFound' })}</Paragraph>;
  return (
    <>
      <Heading1>
        {intl.formatMessage({ id: 'programme.title' }, { municipality: programme.municipality.name })}
      </Heading1>
      <PhaseStepper current={programme.phase} history={programme.phaseHistory} />
      <section aria-labelledby="checklist">
        <Heading2 id="checklist">
          <FormattedMessage id="programme.checklist" />
        </Heading2>
        <ul className="olievlek-checklist">
          {programme.checklist.map((item) => (
            <li key={item.ruleId} className="olievlek-checklist__item" data-done={item.done}>
              <span className="olievlek-checklist__state">
                {intl.formatMessage({
                  id: item.done
                    ? 'programme.checklistDone'
                    : item.blocking
                      ? 'programme.checklistOpen'
                      : 'programme.checklistRecommended',
                })}
              </span>{' '}
              <strong>{item.ruleId}</strong> {item.label}
              {!item.done && item.missing && (
                <Paragraph className="olievlek-checklist__missing">{item.missing}</Paragraph>
              )}
              {!item.done && item.tip && (
                <Paragraph className="olievlek-checklist__tip">
                  <FormattedMessage id="programme.tip" />: {item.tip}
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
