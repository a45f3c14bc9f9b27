import { useIntl } from 'react-intl';
import type { ProgrammePhase } from '../gql/graphql';
import { useLabel } from '../i18n';

export const PHASES: readonly ProgrammePhase[] = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'];

/** The five phases in order, the current one marked (`aria-current="step"`), with the dates of each stay. */
export function PhaseStepper({
  current,
  history,
}: {
  current: ProgrammePhase;
  history: ReadonlyArray<{ phase: ProgrammePhase; enteredAt: string; leftAt?: string | null }>;
}) {
  const intl = useIntl();
  const label = useLabel();
  const currentIndex = current === 'CLOSED' ? PHASES.length : PHASES.indexOf(current);
  return (
    <nav aria-label={intl.formatMessage({ id: 'programme.phases' })} className="olievlek-stepper">
      <ol className="olievlek-stepper__list">
        {PHASES.map((phase, i) => {
          const stay = history.find((h) => h.phase === phase);
          const state = i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'later';
          return (
            <li
              key={phase}
              className={`olievlek-stepper__step olievlek-stepper__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="olievlek-stepper__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="olievlek-stepper__label">{label('ProgrammePhase', phase)}</span>
              <span className="olievlek-stepper__state">
                {intl.formatMessage({
                  id:
                    state === 'done'
                      ? 'programme.phaseDone'
                      : state === 'current'
                        ? 'programme.phaseCurrent'
                        : 'programme.phaseLater',
                })}
                {stay && ` · ${intl.formatDate(stay.enteredAt, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' })}`}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
