import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLabel } from '../../../i18n';
import type { PageMembership, PageProgramme } from '../types';
import { STEPS, type StepContext } from './catalogue';
import { planSteps } from './plan';
import { StepForm } from './step-form';
import { stepAccess, type StepRole, type StepType } from './step-roles';
import './steps.css';

/** Today in the Netherlands, as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/**
 * What the current phase needs (the checklist, each rule's text, what is missing and the tip) with,
 * under each open item, the form of the step that fulfils it; then the step that completes the
 * phase; then the phase's other steps under "Meer stappen". Only steps the person may take (P1).
 */
export function StepsSection({
  programme,
  memberships,
  kwartiermaker,
  onChange,
}: {
  programme: PageProgramme;
  memberships: readonly PageMembership[];
  kwartiermaker: boolean;
  onChange: () => void;
}) {
  const intl = useIntl();
  const label = useLabel();
  const roles = useMemo(() => {
    const r = new Set<StepRole>(memberships.map((m) => m.role));
    if (kwartiermaker) r.add('KWARTIERMAKER');
    return r;
  }, [memberships, kwartiermaker]);
  const actions = programme.agenda?.actions ?? [];
  const sessions = programme.training?.sessions ?? [];
  const partner = memberships.find((m) => m.role === 'PARTNER_CONTACT' && m.partnerOrganisation);
  const context: StepContext = {
    label,
    themes: programme.agenda?.themes ?? [],
    recommendations: (programme.commitment?.recommendations ?? []).map((r) => ({ item: r.item, done: !!r.doneAt })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      embedded: !!a.embedding,
      expired: !!a.embedding?.ended,
      instrumentName: a.embedding?.instrumentName,
      period: a.embedding?.period,
    })),
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, date: s.date, delivered: !!s.delivered })),
    partner: partner ? { organisation: partner.partnerOrganisation!, level: partner.partnerLevel } : undefined,
    today: today(),
  };
  const plan = planSteps(
    {
      phase: programme.phase,
      status: programme.status,
      checklist: programme.checklist,
      hasAdministrativeLead: !!programme.commitment?.administrativeLead,
      hasProjectLead: !!programme.commitment?.projectLead,
      openRecommendations: context.recommendations.filter((r) => !r.done).length,
      themes: context.themes.length,
      trainingStage: programme.training?.stage ?? null,
      openSessions: context.sessions.filter((s) => !s.delivered).length,
      plannedSessions: context.sessions.length,
      openActions: actions.filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS').length,
      doneActionsToEmbed: actions.filter((a) => a.status === 'DONE' && !a.embedding).length,
      expiredInstruments: actions.filter((a) => !!a.embedding?.ended).length,
      recommitmentDue: !!programme.commitment?.recommitment,
    },
    roles,
  );
  const form = (type: StepType, heading = true) => {
    const spec = STEPS[type];
    if (!spec) return null;
    return (
      <StepForm
        key={type}
        spec={spec}
        programmeId={programme.id}
        context={context}
        access={stepAccess(type, roles)}
        onDone={onChange}
        heading={heading}
      />
    );
  };
  const guidedByIndex = new Map(plan.guided.map((g) => [g.index, g.steps]));

  return (
    <>
      <section aria-labelledby="checklist" className="olievlek-steps">
        <Heading2 id="checklist">
          <FormattedMessage id="programme.checklist" />
        </Heading2>
        {programme.checklist.length === 0 && (
          <Paragraph>
            <FormattedMessage id="steps.nothingNeeded" />
          </Paragraph>
        )}
        <ul className="olievlek-checklist">
          {programme.checklist.map((item, i) => {
            const steps = guidedByIndex.get(i) ?? [];
            return (
              <li key={item.ruleId} className="olievlek-checklist__item" data-done={item.done} data-rule={item.ruleId}>
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
                {!item.done && steps.length > 0 && (
                  <div className="olievlek-checklist__steps">{steps.map((s) => form(s))}</div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {plan.next.length > 0 && (
        <section aria-labelledby="next-step" className="olievlek-steps olievlek-steps--next">
          <Heading2 id="next-step">
            <FormattedMessage id="steps.next" />
          </Heading2>
          {plan.next.map((s) => form(s))}
        </section>
      )}
      {plan.more.length > 0 && (
        <section aria-labelledby="more-steps" className="olievlek-steps">
          <Heading2 id="more-steps">
            <FormattedMessage id="steps.more" />
          </Heading2>
          {plan.more.map((s) => (
            <details key={s} className="olievlek-steps__more" data-step={s}>
              <summary className="olievlek-steps__summary">
                <span className="olievlek-steps__summary-title">{intl.formatMessage({ id: `step.${s}.title` })}</span>
              </summary>
              {form(s, false)}
            </details>
          ))}
        </section>
      )}
    </>
  );
}
