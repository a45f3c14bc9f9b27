import type { ApiError, ApiProblem } from '../../api/client';

/** A refusal's problems, placed: beside the field each concerns, or at the top of the form. */
export interface PlacedProblems {
  /** Field name (the GraphQL input's) → the problems about it. */
  byField: Record<string, ApiProblem[]>;
  /** Problems that concern no field of this form (shown in the summary only). */
  general: ApiProblem[];
}

const NONE: PlacedProblems = { byField: {}, general: [] };

/** The last segment of a path such as `input.organisation` or `pastPhases.0.endedOn`. */
function leaf(path: string): string {
  const parts = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}

/** A path as the form names its fields: without the argument (`input.`) and a trailing dot. */
function fullPath(path: string): string {
  return path.replace(/^input\./, '').replace(/\.+$/, '');
}

/**
 * The field of the form a path names: the whole path when the form has a field of that name
 * (`embeddings.1.successor.instrumentName`, one per list element), else the first of its fields
 * inside that path (`embeddings.1.` → `embeddings.1.inForce`), else the path's last segment.
 */
function fieldOf(path: string, formFields: readonly string[]): string {
  const full = fullPath(path);
  if (formFields.includes(full)) return full;
  const inside = full.includes('.') ? formFields.find((f) => f.startsWith(`${full}.`)) : undefined;
  return inside ?? leaf(path);
}

/** The fields a problem names: `details.field`, `details.problems[].path`, `details.fields`, or the rule's field. */
export function fieldsOf(
  problem: ApiProblem,
  ruleFields: Readonly<Record<string, string>> = {},
  formFields: readonly string[] = [],
): string[] {
  const d = problem.details;
  const named = new Set<string>();
  if (typeof d['field'] === 'string') named.add(fieldOf(d['field'], formFields));
  if (Array.isArray(d['problems'])) {
    for (const p of d['problems'] as unknown[]) {
      const path = (p as { path?: unknown } | null)?.path;
      if (typeof path === 'string') named.add(fieldOf(path, formFields));
    }
  }
  if (named.size === 0 && Array.isArray(d['fields'])) {
    for (const f of d['fields'] as unknown[]) if (typeof f === 'string') named.add(fieldOf(f, formFields));
  }
  // A RULE_VIOLATION names its rule (R1.2 …); the form says which of its fields that rule is about.
  if (named.size === 0 && problem.rule && ruleFields[problem.rule]) named.add(ruleFields[problem.rule]!);
  return [...named];
}

/**
 * Places each problem of a refusal beside the fields of this form it names (a problem naming
 * several is shown beside each); what names none of them goes to the top of the form.
 */
export function placeProblems(
  error: ApiError | undefined,
  fields: readonly string[],
  ruleFields: Readonly<Record<string, string>> = {},
): PlacedProblems {
  if (!error) return NONE;
  const byField: Record<string, ApiProblem[]> = {};
  const general: ApiProblem[] = [];
  for (const problem of error.problems) {
    const mine = fieldsOf(problem, ruleFields, fields).filter((f) => fields.includes(f));
    if (mine.length === 0) general.push(problem);
    for (const f of mine) (byField[f] ??= []).push(problem);
  }
  return { byField, general };
}

/** The sentence shown for a problem: a RULE_VIOLATION with its rule id first (R2.2: …). */
export function problemSentence(problem: ApiProblem): string {
  if (problem.code === 'RULE_VIOLATION' && problem.rule && !problem.message.includes(problem.rule)) {
    return `${problem.rule}: ${problem.message}`;
  }
  return problem.message;
}
