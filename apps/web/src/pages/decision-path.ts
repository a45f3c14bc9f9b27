// Where the alderman's decisions live (issue 15): /programmas/:id/besluit/:step. Kept apart from the
// decision page itself, so Mijn taken can link to it without loading the page's JavaScript.

/**
 * The alderman's decisions (P1): R1.1 confirm commitment, R2.5 adopt the agenda, P3 acknowledge an
 * escalation, R1.6 re-confirm the commitment (a new alderman, or after the elections).
 */
export type DecisionStep = 'confirmCommitment' | 'adoptAgenda' | 'acknowledgeEscalation' | 'reconfirmCommitment';

/** The path segment of each decision, in Dutch like the rest of the workspace's addresses. */
const DECISION_SLUGS: { readonly [S in DecisionStep]: string } = {
  confirmCommitment: 'commitment-bevestigen',
  adoptAgenda: 'agenda-vaststellen',
  acknowledgeEscalation: 'escalatie-afhandelen',
  reconfirmCommitment: 'commitment-opnieuw-bevestigen',
};

/** The query parameter naming the escalation to decide on. */
export const ESCALATION_PARAM = 'escalatie';

export function isDecisionStep(step: string): step is DecisionStep {
  return Object.hasOwn(DECISION_SLUGS, step);
}

/** The decision step a path segment names, if any. */
export function decisionStepOf(slug: string): DecisionStep | undefined {
  return (Object.keys(DECISION_SLUGS) as DecisionStep[]).find((s) => DECISION_SLUGS[s] === slug);
}

/**
 * The decision page of a programme's step, e.g. decisionPath('programme-GM0363-1', 'adoptAgenda')
 * → '/programmas/programme-GM0363-1/besluit/agenda-vaststellen'; an escalation also names its id.
 */
export function decisionPath(programmeId: string, step: DecisionStep, escalationId?: string): string {
  const path = `/programmas/${encodeURIComponent(programmeId)}/besluit/${DECISION_SLUGS[step]}`;
  return escalationId === undefined ? path : `${path}?${ESCALATION_PARAM}=${encodeURIComponent(escalationId)}`;
}
