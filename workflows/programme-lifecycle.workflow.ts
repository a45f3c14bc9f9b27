import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  currentUpdateInfo,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { createEscalationActivities, createReadModelActivities } from '../libs/activities/src';
import {
  fingerprintOf,
  getProgrammeStateQuery,
  MUNICIPALITY_CODE_SA,
  NO_WEBHOOK_CONFIGURED,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_STATUS_SA,
  programmeUpdates,
  PROJECTION_BASE_MISSING,
  projectionInput,
  recordMunicipalityMergerUpdate,
  PROVINCE_SA,
  redeliverEscalationsSignal,
  type ProgrammeLifecycleInput,
  type ProgrammeLifecycleResult,
} from '../libs/contracts/src';
import {
  advanceTime,
  COMMAND_TYPES,
  decide,
  isProgrammeRunning,
  nextWakeAt,
  openEscalationLevel,
  recordMunicipalityMerger,
  recordDeliveryAttempt,
  recordNoChannel,
  startProgramme,
  undeliveredEscalations,
  viewProgramme,
  type Command,
  type MunicipalityMergerInput,
  type CommandType,
  type ProgrammeState,
  type StepOptions,
  type Violation,
} from '../libs/domain/src';

type Activities = ReturnType<typeof createReadModelActivities> & ReturnType<typeof createEscalationActivities>;

// Short attempt limits: after a worker crash a lost attempt is retried once its limit passes.
const { projectProgramme } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  // The read model must catch up however long the database is away: retry without a limit.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const { deliverEscalation } = proxyActivities<Activities>({
  // The webhook request itself gives up after ESCALATION_WEBHOOK_TIMEOUT_MS (10 s by default).
  startToCloseTimeout: '15 seconds',
  // A few quick tries per attempt; the workflow records each failed attempt and tries again later.
  retry: { initialInterval: '2 seconds', maximumInterval: '10 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

/** Patch of the lifecycle engine (stall clocks, escalations, search attributes) over the v1 skeleton. */
export const LIFECYCLE_V2_PATCH = 'lifecycle-v2';
/** Patch of the outbox: no webhook anywhere is NO_CHANNEL, waiting for one, not a failure retried forever. */
export const OUTBOX_NO_CHANNEL_PATCH = 'outbox-no-channel';
/** Patch of changeSettings: loosening beyond the national bounds is a kwartiermaker's step. */
export const SETTINGS_POLICY_BOUNDS_PATCH = 'settings-policy-bounds';
/**
 * Patch of startProgramme: a programme that began before Olievlek entered COMMITMENT on its
 * `startedOn` day and keeps its declared `pastPhases` (docs/rules.md "Programmes that began before
 * Olievlek"). Histories from before replay with COMMITMENT entered at registration.
 */
export const PAST_PHASE_DATES_PATCH = 'past-phase-dates';
/**
 * Patch of planTrainingSession, R3.3: a session falls on a school day of the region (no weekend, no
 * school holiday). Histories from before replay their sessions as accepted then (e.g. on a Sunday).
 */
export const TRAINING_SCHOOL_DAYS_PATCH = 'training-school-days';
/**
 * Patch of R1.6 the political cycle: designating a new administrative lead past COMMITMENT opens
 * the re-confirmation, and the time engine checks election days (docs/rules.md "The political cycle").
 */
export const POLITICAL_CYCLE_PATCH = 'political-cycle';
/**
 * Patch of R1.6's election check found late (over a day after its instant, as for every programme
 * past COMMITMENT when R1.6 reached it after the 2026 elections): its 12 weeks count from then.
 * Histories from before replay with the ladder counted from the instant itself.
 */
export const RECOMMITMENT_FROM_NOTICE_PATCH = 'recommitment-from-notice';
/**
 * Patch of the hand-over (issue 18.2): a run continues as new once its history holds
 * SHORT_RUN_EVENTS events, not 2,000, so that a worker without the programme in its cache (after
 * a restart or a deploy) replays a short run before it takes the next step. Histories from before
 * replay with the 2,000-event hand-over.
 */
export const SHORTER_RUNS_PATCH = 'shorter-runs';
/**
 * Patch of the outbox across continue-as-new (issue 18.2): a run that takes over an escalation
 * whose delivery is failing waits out the backoff its attempts earned (from the carried
 * `lastAttemptAt`) instead of trying again at once. Histories from before try at once.
 */
export const CARRIED_BACKOFF_PATCH = 'carried-backoff';

/**
 * The rules a running workflow switches on by `patched()`, each with the patch id and what applies
 * it: step types, or 'time' for rules the time engine applies on its own. patched() is called only
 * where the rule applies, so only those histories carry its marker; a history recorded before the
 * rule replays without it. Add a rule here, never change an entry of a deployed one.
 */
const RULE_PATCHES: { readonly [R in keyof Required<StepOptions>]: { id: string; appliesTo: readonly AppliesTo[] } } = {
  settingsPolicyBounds: { id: SETTINGS_POLICY_BOUNDS_PATCH, appliesTo: ['changeSettings'] },
  trainingSchoolDays: { id: TRAINING_SCHOOL_DAYS_PATCH, appliesTo: ['planTrainingSession'] },
  // R1.6: the election check is a time rule, and every step first brings time up (decide), so it
  // applies to every step as well as to the time engine.
  politicalCycle: { id: POLITICAL_CYCLE_PATCH, appliesTo: ['time', ...COMMAND_TYPES] },
  recommitmentFromNotice: { id: RECOMMITMENT_FROM_NOTICE_PATCH, appliesTo: ['time', ...COMMAND_TYPES] },
};
type AppliesTo = CommandType | 'time';

/** The rules in force for a step (or the time engine) in this workflow's history. */
function rulesInForce(what: AppliesTo): StepOptions {
  const rules: StepOptions = {};
  for (const [rule, patch] of Object.entries(RULE_PATCHES) as [
    keyof StepOptions,
    (typeof RULE_PATCHES)[keyof StepOptions],
  ][]) {
    rules[rule] = patch.appliesTo.includes(what) ? patched(patch.id) : true;
  }
  return rules;
}

const DEFAULT_MAX_HISTORY_EVENTS = 2000;
const SHORT_RUN_EVENTS = 250;
const MAX_DELIVERY_BACKOFF_MS = 60 * 60 * 1000;
/** The wait after a failed delivery attempt: 30 s doubling with each attempt, at most an hour. */
const deliveryBackoffMs = (attempts: number) =>
  Math.min(MAX_DELIVERY_BACKOFF_MS, 30_000 * 2 ** Math.min(attempts - 1, 10));
/** Update ids carried across continue-as-new: more than any client retries within. */
const CARRIED_UPDATE_IDS = 500;

const baseMissing = (error: unknown): boolean =>
  error instanceof ActivityFailure &&
  error.cause instanceof ApplicationFailure &&
  error.cause.type === PROJECTION_BASE_MISSING;

function toFailure(v: Violation): ApplicationFailure {
  // The failure type carries the rule id: `instanceof` does not survive serialisation.
  return ApplicationFailure.nonRetryable(v.message, v.ruleId, v.details ?? {});
}

/**
 * One long-running workflow per municipal programme (docs/rules.md "The programme lifecycle"). The
 * rules are the pure functions of `libs/domain`; this workflow only holds the state, turns human
 * steps (updates) and time (timers) into calls of those functions, and does I/O via activities:
 * the read-model projection and the escalation outbox delivery.
 */
export async function programmeLifecycleWorkflow(input: ProgrammeLifecycleInput): Promise<ProgrammeLifecycleResult> {
  let state: ProgrammeState;
  if (input.carried) {
    state = input.carried.state;
  } else {
    // Only a programme registered with startedOn starts differently, so only its history gets the marker.
    const pastPhaseDates = input.startedOn !== undefined ? patched(PAST_PHASE_DATES_PATCH) : true;
    const started = startProgramme(input, Date.now(), { pastPhaseDates });
    if (!started.ok) throw toFailure(started.error);
    state = started.value;
  }
  let projectedVersion = input.carried?.projectedVersion ?? 0;
  let activitiesInFlight = 0;

  setHandler(getProgrammeStateQuery, () => viewProgramme(state));

  const take = (type: CommandType, args: object, options: StepOptions): ProgrammeState => {
    const outcome = decide(state, { ...args, type } as Command, Date.now(), options);
    if (!outcome.ok) throw toFailure(outcome.error);
    return outcome.value;
  };
  // Ids of the updates applied lately, in order, carried across continue-as-new. An id seen in an
  // earlier run is answered with the current state and not applied again.
  const earlierRunUpdateIds = new Set(input.carried?.updateIds ?? []);
  const updateIds = [...(input.carried?.updateIds ?? [])];
  const alreadyApplied = () => {
    const id = currentUpdateInfo()?.id;
    return id !== undefined && earlierRunUpdateIds.has(id);
  };
  for (const type of COMMAND_TYPES) {
    setHandler(
      programmeUpdates[type],
      (args: object) => {
        if (alreadyApplied()) return viewProgramme(state);
        // A step in a history from before one of its rules replays as it was accepted then.
        state = take(type, args, rulesInForce(type));
        const id = currentUpdateInfo()?.id;
        if (id !== undefined) updateIds.push(id);
        if (updateIds.length > CARRIED_UPDATE_IDS) updateIds.splice(0, updateIds.length - CARRIED_UPDATE_IDS);
        return viewProgramme(state);
      },
      {
        // A refused step is rejected before it is written to history: nothing is recorded.
        validator: (args: object) => {
          if (alreadyApplied()) return;
          if (typeof args !== 'object' || args === null) {
            throw ApplicationFailure.nonRetryable('De stap heeft geen gegevens.', 'INVALID_INPUT');
          }
          // Validators never run on replay (a rejected update leaves no history), so every rule
          // applies; the handler's patched() then records the marker for the accepted step.
          take(type, args, {});
        },
      },
    );
  }

  // Herindeling: a system update (not a step), sent once per programme by `npm run
  // reference:apply-mergers`. New handler: histories without it replay unchanged. Time is brought
  // up with the rules in force for the time engine, as the loop does.
  setHandler(
    recordMunicipalityMergerUpdate,
    (input) => {
      if (alreadyApplied()) return viewProgramme(state);
      const outcome = recordMunicipalityMerger(state, input, Date.now(), rulesInForce('time'));
      if (!outcome.ok) throw toFailure(outcome.error);
      state = outcome.value;
      const id = currentUpdateInfo()?.id;
      if (id !== undefined) updateIds.push(id);
      if (updateIds.length > CARRIED_UPDATE_IDS) updateIds.splice(0, updateIds.length - CARRIED_UPDATE_IDS);
      return viewProgramme(state);
    },
    {
      validator: (input: MunicipalityMergerInput) => {
        if (alreadyApplied()) return;
        const outcome = recordMunicipalityMerger(state, input, Date.now());
        if (!outcome.ok) throw toFailure(outcome.error);
      },
    },
  );

  // Read-model projection, apart from the main loop so a database outage never holds timers up.
  // Issue 18.2: each projection sends only what changed since the last projected state (its input
  // is written into history); the first of a run sends the whole state, as does a retry when the
  // read model lost the base. A carried state was projected before the hand-over.
  let projected = input.carried && projectedVersion >= state.version ? fingerprintOf(state) : undefined;
  void (async () => {
    for (;;) {
      await condition(() => state.version > projectedVersion);
      const snapshot = state;
      activitiesInFlight++;
      try {
        const next = projectionInput(projected, snapshot);
        try {
          await projectProgramme(next.input);
        } catch (error) {
          if (next.input === snapshot || !baseMissing(error)) throw error;
          await projectProgramme(snapshot);
        }
        projected = next.fingerprint;
      } finally {
        activitiesInFlight--;
      }
      projectedVersion = Math.max(projectedVersion, snapshot.version);
    }
  })();

  // Outbox: escalations are delivered in the order raised, each until it succeeds. After a failed
  // attempt the next waits (backing off to an hour), or goes at once when the webhook changes.
  // With no webhook anywhere they wait as NO_CHANNEL, without attempts, until the programme gets a
  // webhook or a worker started with ESCALATION_WEBHOOK_URL sends redeliverEscalations.
  let redeliverAsked = false;
  setHandler(redeliverEscalationsSignal, () => {
    redeliverAsked = true;
  });
  void (async () => {
    let retryAt: number | undefined;
    let webhookAtFailure: string | undefined;
    let awaitingChannel = false;
    const failing = input.carried ? undeliveredEscalations(state)[0]?.delivery : undefined;
    if (failing?.status === 'FAILING' && failing.lastAttemptAt && patched(CARRIED_BACKOFF_PATCH)) {
      retryAt = Date.parse(failing.lastAttemptAt) + deliveryBackoffMs(failing.attempts);
      webhookAtFailure = state.settings.webhookUrl;
    }
    for (;;) {
      await condition(() => undeliveredEscalations(state).length > 0);
      if (awaitingChannel) {
        const webhook = webhookAtFailure;
        const raisedMeanwhile = () => state.escalations.some((e) => e.delivery.status === 'PENDING');
        await condition(() => redeliverAsked || state.settings.webhookUrl !== webhook || raisedMeanwhile());
        if (!redeliverAsked && state.settings.webhookUrl === webhook) {
          // A new escalation while there is still no channel: it waits with the others.
          state = recordNoChannel(state, Date.now());
          continue;
        }
        awaitingChannel = false;
      }
      redeliverAsked = false;
      if (retryAt !== undefined) {
        await condition(() => state.settings.webhookUrl !== webhookAtFailure, Math.max(1, retryAt - Date.now()));
        retryAt = undefined;
      }
      const escalation = undeliveredEscalations(state)[0];
      if (!escalation) continue;
      activitiesInFlight++;
      try {
        const result = await deliverEscalation({
          escalation,
          programme: {
            programmeId: state.programmeId,
            municipalityCode: state.municipalityCode,
            ...(state.province ? { province: state.province } : {}),
            phase: state.phase,
            status: state.status,
          },
          ...(state.settings.webhookUrl ? { webhookUrl: state.settings.webhookUrl } : {}),
        });
        state = recordDeliveryAttempt(state, escalation.id, { delivered: true, target: result.target }, Date.now());
      } catch (error) {
        if (!(error instanceof ActivityFailure)) throw error;
        if (
          error.cause instanceof ApplicationFailure &&
          error.cause.type === NO_WEBHOOK_CONFIGURED &&
          patched(OUTBOX_NO_CHANNEL_PATCH)
        ) {
          state = recordNoChannel(state, Date.now());
          awaitingChannel = true;
          webhookAtFailure = state.settings.webhookUrl;
          retryAt = undefined;
          log.info('no webhook configured for escalations; they wait as NO_CHANNEL', { escalationId: escalation.id });
          continue;
        }
        const cause = error.cause?.message ?? error.message;
        state = recordDeliveryAttempt(state, escalation.id, { delivered: false, error: cause }, Date.now());
        const attempts = state.escalations.find((e) => e.id === escalation.id)?.delivery.attempts ?? 1;
        retryAt = Date.now() + deliveryBackoffMs(attempts);
        webhookAtFailure = state.settings.webhookUrl;
        log.warn('escalation delivery failed; will retry', { escalationId: escalation.id, attempts, cause });
      } finally {
        activitiesInFlight--;
      }
    }
  })();

  // Search attributes follow the state so the CLI and Web UI can filter programmes.
  const upsertVisibility = () => {
    const wanted: SearchAttributeUpdatePair[] = [
      { key: MUNICIPALITY_CODE_SA, value: state.municipalityCode },
      { key: PHASE_SA, value: state.phase },
      { key: PROGRAMME_STATUS_SA, value: state.status },
      { key: OPEN_ESCALATION_LEVEL_SA, value: openEscalationLevel(state) },
      ...(state.province ? [{ key: PROVINCE_SA, value: state.province }] : []),
    ];
    const current = workflowInfo().typedSearchAttributes;
    const changed = wanted.filter((pair) => current.get(pair.key as never) !== pair.value);
    if (changed.length > 0) upsertSearchAttributes(changed);
  };

  // Programmes started before the lifecycle engine (v1) replay their first task without timers.
  let engineOn = input.carried !== undefined || patched(LIFECYCLE_V2_PATCH);
  const maxHistoryEvents = input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;

  while (isProgrammeRunning(state.status)) {
    if (engineOn) {
      state = advanceTime(state, Date.now(), rulesInForce('time'));
      upsertVisibility();
      if (!isProgrammeRunning(state.status)) break;
      const info = workflowInfo();
      // patched() only where the shorter hand-over applies, so only the histories it shortens carry the marker.
      const shortRunOver =
        input.maxHistoryEvents === undefined && info.historyLength >= SHORT_RUN_EVENTS && patched(SHORTER_RUNS_PATCH);
      if (info.continueAsNewSuggested || info.historyLength >= maxHistoryEvents || shortRunOver) {
        // Hand over with the projection caught up and nothing in flight: state carries clocks,
        // escalations (with their outbox status) and deadlines; timers are recomputed from it.
        await condition(() => activitiesInFlight === 0 && projectedVersion >= state.version && allHandlersFinished());
        await continueAsNew<typeof programmeLifecycleWorkflow>({
          ...input,
          carried: { state, projectedVersion, updateIds },
        });
      }
    }
    const version = state.version;
    const wake = engineOn ? nextWakeAt(state, rulesInForce('time')) : undefined;
    if (wake === undefined) await condition(() => state.version !== version);
    else await condition(() => state.version !== version, Math.max(1, wake - Date.now()));
    engineOn = true;
  }

  upsertVisibility();
  // Let the final state reach the read model and the outbox drain before the workflow closes.
  await condition(
    () => projectedVersion >= state.version && undeliveredEscalations(state).length === 0 && allHandlersFinished(),
  );
  return { final: state };
}
