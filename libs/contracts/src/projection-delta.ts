import type { Escalation, ProgrammeState, TimelineEntry } from '../../domain/src';

// Issue 18.2, history size: the projection activity's input is written into the workflow's history
// on every projection. Sending the whole state each time made a five-year history ~1.5 MB; a delta
// against the last state the read model holds sends only what changed. Pure and deterministic:
// the workflow computes it (workflows/programme-lifecycle.workflow.ts), the activity applies it
// to the stored state (libs/activities/src/read-model.activities.ts).

/** The failure type of a delta whose base the read model no longer holds; the workflow then sends the whole state. */
export const PROJECTION_BASE_MISSING = 'PROJECTION_BASE_MISSING';

/** What changed between the last projected state (`baseVersion`) and this one (`version`). */
export interface ProgrammeProjectionDelta {
  /** Tells a delta from a whole state (a state has no such key): the activity accepts both. */
  projection: 'delta';
  programmeId: string;
  version: number;
  baseVersion: number;
  /** Top-level fields whose value changed or appeared (not `timeline`, `escalations`). */
  set: Partial<ProgrammeState>;
  /** Top-level fields present in the base and gone now. */
  unset: string[];
  /**
   * The timeline is the base's entries from `timelineFrom` on (older ones dropped when it exceeds
   * its cap) followed by `timelineAppend`; `timelineLength` checks the result.
   */
  timelineFrom: number;
  timelineAppend: TimelineEntry[];
  timelineLength: number;
  /**
   * Escalations in order by id, sent only when the order is not the base's followed by the new
   * ones in `escalationsChanged` (escalations are only ever appended, so it is almost never sent:
   * the whole list of ids on every projection was 18 KB of a five-year history).
   */
  escalationIds?: string[];
  /** Escalations new or changed, in full. */
  escalationsChanged: Escalation[];
}

/** Input of `projectProgramme`: the whole state (histories and tasks from before) or a delta. */
export type ProjectionInput = ProgrammeState | ProgrammeProjectionDelta;

export function isProjectionDelta(input: ProjectionInput): input is ProgrammeProjectionDelta {
  return (input as Partial<ProgrammeProjectionDelta>).projection === 'delta';
}

/** The serialised form of a projected state, kept by the workflow to diff the next one against. */
export interface ProjectedFingerprint {
  version: number;
  fields: Record<string, string>;
  timeline: string[];
  escalations: Record<string, string>;
}

export function fingerprintOf(state: ProgrammeState): ProjectedFingerprint {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key !== 'timeline' && key !== 'escalations' && value !== undefined) fields[key] = JSON.stringify(value);
  }
  const escalations: Record<string, string> = {};
  for (const e of state.escalations) escalations[e.id] = JSON.stringify(e);
  return { version: state.version, fields, timeline: state.timeline.map((t) => JSON.stringify(t)), escalations };
}

/**
 * The projection input for `next` given the last projected state's fingerprint: a delta, or the
 * whole state when there is no base (the run's first projection). Returns the new fingerprint with it.
 */
export function projectionInput(
  base: ProjectedFingerprint | undefined,
  next: ProgrammeState,
): { input: ProjectionInput; fingerprint: ProjectedFingerprint } {
  const fingerprint = fingerprintOf(next);
  if (!base || base.version >= next.version) return { input: next, fingerprint };
  const from = timelineOverlap(base.timeline, fingerprint.timeline);
  const set: Record<string, unknown> = {};
  for (const [key, json] of Object.entries(fingerprint.fields)) {
    if (base.fields[key] !== json) set[key] = next[key as keyof ProgrammeState];
  }
  const unset = Object.keys(base.fields).filter((key) => !(key in fingerprint.fields));
  const kept = base.timeline.length - from;
  const escalationsChanged = next.escalations.filter((e) => base.escalations[e.id] !== fingerprint.escalations[e.id]);
  const ids = next.escalations.map((e) => e.id);
  const delta: ProgrammeProjectionDelta = {
    projection: 'delta',
    programmeId: next.programmeId,
    version: next.version,
    baseVersion: base.version,
    set: set as Partial<ProgrammeState>,
    unset,
    timelineFrom: from,
    timelineAppend: next.timeline.slice(kept),
    timelineLength: next.timeline.length,
    ...(sameOrder(ids, appendedOrder(Object.keys(base.escalations), escalationsChanged)) ? {} : { escalationIds: ids }),
    escalationsChanged,
  };
  return { input: delta, fingerprint };
}

/** The base's escalation ids, then those of the changed escalations the base does not hold, in order. */
function appendedOrder(baseIds: readonly string[], changed: readonly Escalation[]): string[] {
  const known = new Set(baseIds);
  return [...baseIds, ...changed.map((e) => e.id).filter((id) => !known.has(id))];
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The first base entry the next timeline keeps: the base's entries from there on are the next
 * timeline's first entries, unchanged (entries are appended, and the oldest dropped past the cap).
 * The base's length when none is kept.
 */
function timelineOverlap(base: readonly string[], next: readonly string[]): number {
  for (let from = Math.max(0, base.length - next.length); from <= base.length; from++) {
    let same = true;
    for (let i = from; i < base.length && same; i++) same = base[i] === next[i - from];
    if (same) return from;
  }
  return base.length;
}

/**
 * The whole state a delta stands for, rebuilt on the stored state of its base version; undefined
 * when `stored` is not that base (the read model lost it or holds another version) or the result
 * does not add up, so that the caller asks for the whole state instead.
 */
export function applyProjectionDelta(
  stored: ProgrammeState,
  delta: ProgrammeProjectionDelta,
): ProgrammeState | undefined {
  if (stored.programmeId !== delta.programmeId || stored.version !== delta.baseVersion) return undefined;
  const next: Record<string, unknown> = { ...stored, ...delta.set };
  for (const key of delta.unset) delete next[key];
  const timeline = [...stored.timeline.slice(delta.timelineFrom), ...delta.timelineAppend];
  if (delta.timelineFrom > stored.timeline.length || timeline.length !== delta.timelineLength) return undefined;
  const known = new Map<string, Escalation>(stored.escalations.map((e) => [e.id, e]));
  for (const e of delta.escalationsChanged) known.set(e.id, e);
  const escalations: Escalation[] = [];
  for (const id of delta.escalationIds ??
    appendedOrder(
      stored.escalations.map((e) => e.id),
      delta.escalationsChanged,
    )) {
    const e = known.get(id);
    if (!e) return undefined;
    escalations.push(e);
  }
  next.timeline = timeline;
  next.escalations = escalations;
  next.version = delta.version;
  return next as unknown as ProgrammeState;
}
