import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useQuery, useSubscription } from '../api/hooks';
import { ProblemAlert } from '../components/problem';
import { graphql } from '../gql';
import type { MyTasksQuery } from '../gql/graphql';
import { useLabel } from '../i18n';
import { decisionPath, isDecisionStep } from './decision-path';
import { FIRST_TASKS, tasksShown, tasksToAsk } from './task-page';
import './my-tasks.css';

export const MY_TASKS_QUERY = graphql(`
  query MyTasks($first: Int) {
    me {
      memberships {
        membershipId
        programmeId
        role
        partnerOrganisation
        partnerLevel
      }
      tasks(first: $first) {
        kind
        step
        label
        reason
        ruleId
        dueAt
        urgency
        escalationId
        escalationLevel
        programme {
          id
          municipality {
            name
          }
        }
      }
      invitations {
        id
        role
        partnerOrganisation
        expiresAt
        municipality {
          name
        }
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

const TASKS_CHANGED = graphql(`
  subscription MyTasksChanged {
    programmeChanged {
      id
      version
    }
  }
`);

type Task = MyTasksQuery['me']['tasks'][number];

/** Where a task is done: the alderman's decision page, or the step's form on the programme page. */
export function taskPath(task: Task): string {
  if (isDecisionStep(task.step)) return decisionPath(task.programme.id, task.step, task.escalationId ?? undefined);
  return `/programmas/${encodeURIComponent(task.programme.id)}#step-${task.step}`;
}

function TaskItem({ task }: { task: Task }) {
  const intl = useIntl();
  const label = useLabel();
  return (
    <li className={`olievlek-task olievlek-task--${task.urgency.toLowerCase()}`}>
      <div className="olievlek-task__head">
        <StatusBadge status={task.urgency === 'OPEN' ? 'neutral' : task.urgency === 'DUE_SOON' ? 'warning' : 'danger'}>
          {label('TaskUrgency', task.urgency)}
          {task.escalationLevel
            ? ` · ${intl.formatMessage({ id: 'tasks.level' }, { level: task.escalationLevel })}`
            : ''}
        </StatusBadge>
        <span className="olievlek-task__programme">{task.programme.municipality.name}</span>
      </div>
      <Link href={taskPath(task)} className="utrecht-link olievlek-task__link">
        {task.label}
      </Link>
      <Paragraph className="olievlek-task__reason">
        {task.reason}
        {task.ruleId && <> ({task.ruleId})</>}
      </Paragraph>
      {task.dueAt && (
        <Paragraph small className="olievlek-task__due">
          {intl.formatMessage(
            { id: task.kind === 'ESCALATION' ? 'tasks.since' : 'tasks.due' },
            { date: intl.formatDate(task.dueAt, { dateStyle: 'long' }) },
          )}
        </Paragraph>
      )}
    </li>
  );
}

/** "Mijn taken": what waits for the signed-in person across their programmes, most urgent first. */
export function MyTasksPage() {
  const [showAll, setShowAll] = useState(false);
  const { data, error, refetch } = useQuery(MY_TASKS_QUERY, { first: tasksToAsk(showAll) });
  useSubscription(TASKS_CHANGED, {}, refetch);
  const label = useLabel();
  const intl = useIntl();
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  const memberships = data?.me.memberships ?? [];
  const { shown, more } = tasksShown(data?.me.tasks ?? [], showAll);
  const invitations = data?.me.invitations ?? [];
  const programmes = (data?.programmes.edges ?? []).map((e) => e.node);
  const mine = programmes.filter((p) => memberships.some((m) => m.programmeId === p.id));
  return (
    <>
      <Heading1>
        <FormattedMessage id="tasks.title" />
      </Heading1>
      {data && (
        <Paragraph lead role="status">
          {more ? (
            <FormattedMessage id="tasks.introMore" values={{ count: FIRST_TASKS }} />
          ) : (
            <FormattedMessage id="tasks.intro" values={{ count: shown.length }} />
          )}
        </Paragraph>
      )}
      {shown.length > 0 && (
        <section aria-labelledby="tasks-waiting">
          <Heading2 id="tasks-waiting">
            <FormattedMessage id="tasks.waiting" />
          </Heading2>
          <ol className="olievlek-tasks">
            {shown.map((task, i) => (
              <TaskItem key={`${task.programme.id}-${task.step}-${task.escalationId ?? i}`} task={task} />
            ))}
          </ol>
          {more && (
            <Button appearance="secondary-action-button" onClick={() => setShowAll(true)}>
              <FormattedMessage id="tasks.showAll" />
            </Button>
          )}
        </section>
      )}
      {invitations.length > 0 && (
        <section aria-labelledby="my-invitations">
          <Heading2 id="my-invitations">
            <FormattedMessage id="tasks.invitations" />
          </Heading2>
          <UnorderedList>
            {invitations.map((inv) => (
              <UnorderedListItem key={inv.id}>
                {intl.formatMessage(
                  { id: 'tasks.invitation' },
                  {
                    role: label('MemberRole', inv.role),
                    municipality: inv.municipality.name,
                    organisation: inv.partnerOrganisation ?? '',
                    forOrganisation: inv.partnerOrganisation ? 'yes' : 'no',
                    date: intl.formatDate(inv.expiresAt, { dateStyle: 'long' }),
                  },
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
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
