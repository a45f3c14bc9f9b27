import { setTimeout as sleep } from 'node:timers/promises';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { programmeUpdates, type ProgrammeLifecycleResult } from '../../../libs/contracts/src';
import {
  normalise,
  viewProgramme,
  type Actor,
  type CommandPayloads,
  type CommandType,
  type PartnerDomain,
  type ProgrammeView,
} from '../../../libs/domain/src';
import type { RoleGrant } from '../../support/members';

const PROJECT_LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

/** One human step of a scripted lifecycle; the payload may depend on the programme so far. */
export interface ScriptStep {
  type: CommandType;
  payload: (view: ProgrammeView | undefined) => CommandPayloads[CommandType];
  actor: Actor;
}

const step = <T extends CommandType>(
  type: T,
  payload: CommandPayloads[T] | ((view: ProgrammeView) => CommandPayloads[T]),
  actor = PROJECT_LEAD,
): ScriptStep => ({
  type,
  payload: (view) =>
    typeof payload === 'function' ? (payload as (v: ProgrammeView) => CommandPayloads[T])(view!) : payload,
  actor,
});

const firstAction = (view: ProgrammeView): string => view.agenda.actions[0]!.id;

/**
 * A whole programme, COMMITMENT to CLOSED, in 22 steps. The project lead is EXTERNAL and leaves
 * during EMBEDDING, so every programme raises exactly one escalation at once (R4.3, level 2,
 * to the alderman), which is resolved when embedding completes: the outbox has work in real time
 * without waiting weeks for a stall clock.
 */
export const FULL_LIFECYCLE: readonly ScriptStep[] = [
  step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
  step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
  step('commitPartner', { organisation: 'Stichting Openbaar Onderwijs', domain: 'EDUCATION' }),
  step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
  step('appointProjectLead', { kind: 'EXTERNAL' }),
  step('confirmCommitment', {}, ALDERMAN),
  step('recordBottleneck', { description: 'Signalen worden niet gedeeld', domain: 'CARE' }),
  step('recordBottleneck', { description: 'Leerkrachten herkennen signalen niet', domain: 'EDUCATION' }),
  step('recordBottleneck', { description: 'Zorg en straf werken langs elkaar', domain: 'JUSTICE' }),
  step('selectTheme', { theme: 'COLLABORATION' }),
  step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
  step('confirmSupport', { organisation: 'Veilig Thuis', level: 'PROFESSIONAL' }),
  step('confirmSupport', { organisation: 'Veilig Thuis', level: 'MANAGEMENT' }),
  step('adoptAgenda', {}, ALDERMAN),
  step('updateActionStatus', (v) => ({ actionId: firstAction(v), status: 'DONE' })),
  step('completeExecution', {}),
  step('recordLeadDeparture', {}),
  step('nameEmbeddingOwner', { role: 'Beleidsadviseur jeugd' }),
  step('recordEmbedding', (v) => ({
    actionId: firstAction(v),
    instrument: 'REGIONAL_APPROACH_PLAN',
    instrumentName: 'Regionale aanpak kindermishandeling',
    takenOverBy: 'Veilig Thuis',
    responsibleRole: 'Teamleider',
  })),
  step('completeEmbedding', {}),
  step('recordCheckIn', { year: 2027, repeatReports: 3 }),
  step('closeProgramme', { note: 'Afgerond' }),
];

/**
 * P1: the programme roles one person needs, beside project lead, to take every step of the script
 * through the API: the alderman's for the steps the script has them take, and a contact of each
 * organisation at each level it confirms support for (R2.4), in the domain it committed with.
 */
export function rolesFor(script: readonly ScriptStep[]): RoleGrant[] {
  const grants: RoleGrant[] = [];
  const domains = new Map<string, PartnerDomain>();
  for (const s of script) {
    if (s.actor.role === 'ADMINISTRATIVE_LEAD' && !grants.includes('ADMINISTRATIVE_LEAD'))
      grants.push('ADMINISTRATIVE_LEAD');
    if (s.type === 'commitPartner') {
      const { organisation, domain } = s.payload(undefined) as CommandPayloads['commitPartner'];
      domains.set(normalise(organisation), domain);
    }
    if (s.type === 'confirmSupport') {
      const { organisation, level } = s.payload(undefined) as CommandPayloads['confirmSupport'];
      const domain = domains.get(normalise(organisation));
      if (!domain) throw new Error(`script: support of ${organisation}, which never committed`);
      grants.push({ role: 'PARTNER_CONTACT', organisation, domain, level });
    }
  }
  return grants;
}

/** How often each step type occurs in a script: the timeline must show each exactly so often. */
export function stepCounts(script: readonly ScriptStep[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of script) counts[s.type] = (counts[s.type] ?? 0) + 1;
  return counts;
}

/** The same counts as the programme's own timeline has them (other events left out). */
export function timelineCounts(
  view: Pick<ProgrammeView, 'timeline'>,
  script: readonly ScriptStep[],
): Record<string, number> {
  const types = new Set(script.map((s) => s.type as string));
  const counts: Record<string, number> = {};
  for (const e of view.timeline) if (types.has(e.event)) counts[e.event] = (counts[e.event] ?? 0) + 1;
  return counts;
}

export interface DriveOptions {
  /** No step is retried after this instant (ms since the epoch). */
  deadline: number;
  /**
   * A call that has not answered after this long is given up and sent again with the same update
   * id, as an impatient client would (without it a call just waits for a new worker).
   */
  callTimeoutMs?: number;
  /** Called after every completed step (for progress-based fault schedules). */
  onStep?: () => void;
  /** Pause between steps, e.g. to spread a run over the faults. */
  pauseMs?: () => number;
}

export interface DriveResult {
  final: ProgrammeView;
  /** Calls that failed (server down, no worker, timeout) and were sent again with the same update id. */
  retries: number;
}

/**
 * Takes every step of the script through its Temporal Update with an update id derived from the
 * programme and the step's place in the script, and sends a failed call again with the same id
 * until it answers. A step the workflow refuses is a bug of the script (or a step applied twice),
 * and is not retried. The last step closes the programme; if its answer was lost and the workflow
 * has completed since, its result stands in for the answer.
 */
export async function driveLifecycle(
  client: Client,
  programmeId: string,
  script: readonly ScriptStep[],
  o: DriveOptions,
): Promise<DriveResult> {
  const handle = client.workflow.getHandle(programmeId);
  let view: ProgrammeView | undefined;
  let retries = 0;
  for (const [index, s] of script.entries()) {
    const updateId = `${programmeId}/${index}-${s.type}`;
    const args = [{ ...s.payload(view), actor: s.actor }];
    for (let attempt = 1; ; attempt++) {
      try {
        const call = () => handle.executeUpdate(programmeUpdates[s.type], { args: args as never, updateId });
        view =
          o.callTimeoutMs === undefined
            ? await call()
            : await client.connection.withDeadline(Date.now() + o.callTimeoutMs, call);
        break;
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          throw new Error(
            `${programmeId}: step ${index} ${s.type} (update ${updateId}, attempt ${attempt}) was refused: ${error.cause?.message ?? error.message}`,
            { cause: error },
          );
        }
        if (
          index === script.length - 1 &&
          (error instanceof WorkflowNotFoundError ||
            /already completed|workflow execution already/i.test(String(error)))
        ) {
          const result = (await handle.result()) as ProgrammeLifecycleResult;
          view = viewProgramme(result.final);
          break;
        }
        if (Date.now() > o.deadline)
          throw new Error(`${programmeId}: step ${index} ${s.type} still failing at the deadline: ${String(error)}`, {
            cause: error,
          });
        retries++;
        await sleep(Math.min(2_000, 200 * attempt));
      }
    }
    o.onStep?.();
    const pause = o.pauseMs?.() ?? 0;
    if (pause > 0) await sleep(pause);
  }
  return { final: view!, retries };
}
