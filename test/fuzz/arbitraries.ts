import fc, { type GeneratorValue } from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { ErrorCode } from '../../apps/api/src/common/graphql-errors';
import type { AbuseRequest } from './oracle';

// Generators of malformed GraphQL requests. Each is imperative over fast-check's `fc.gen()`, so a
// failure shrinks and replays from its seed. The one guarantee that matters: no generated request
// can be a well-formed, authorised mutation that the running programmes would accept. Mutations
// are therefore either (a) steps every fuzzed programme refuses whatever their values (wrong phase,
// unknown reference; each fuzzed programme is in COMMITMENT with one partner, no project lead and
// no escalation), which may then be edited at random, or (b) steps that could be accepted, sent
// only with a breaker that is certain to be refused (a limit, a type error, a missing argument,
// an unknown field, a bad token, …).

/** What the generators know about the running API. */
export interface FuzzWorld {
  schema: GraphQLSchema;
  /** Running programmes, all in COMMITMENT with one partner, no project lead and no escalation. */
  programmeIds: string[];
  /** Their municipalities. */
  municipalityCodes: string[];
  /** `Bearer …` of a kwartiermaker (may do everything). */
  authorization: string;
  /** Authorization header values that must be refused as UNAUTHENTICATED (none of them verifies). */
  badAuthorizations: string[];
  /** `Bearer …` of a municipality that has none of the fuzzed programmes (another tenant). */
  otherTenantAuthorization: string;
}

export type Generator = (g: GeneratorValue, world: FuzzWorld) => AbuseRequest;

const pick = <T>(g: GeneratorValue, values: readonly T[]): T => g(fc.constantFrom<T[]>, ...values);
const chance = (g: GeneratorValue, percent: number): boolean => g(fc.integer, { min: 1, max: 100 }) <= percent;
const gqlString = (s: string): string => JSON.stringify(s);

const LANGUAGES = ['nl', 'en', 'en-GB,en;q=0.9', 'de', '*', 'nl;q=0, en;q=0.1', 'x'.repeat(300)] as const;

function headers(
  g: GeneratorValue,
  authorization: string | undefined,
  contentType = 'application/json',
): Record<string, string> {
  const h: Record<string, string> = { 'content-type': contentType };
  if (authorization !== undefined) h.authorization = authorization;
  if (chance(g, 30)) h['accept-language'] = pick(g, LANGUAGES);
  return h;
}

function post(
  g: GeneratorValue,
  kind: string,
  body: unknown,
  o: { authorization?: string; mayExecute: boolean; expect?: AbuseRequest['expect']; contentType?: string },
): AbuseRequest {
  return {
    kind,
    method: 'POST',
    headers: headers(g, o.authorization, o.contentType),
    body: typeof body === 'string' ? body : JSON.stringify(body),
    mayExecute: o.mayExecute,
    ...(o.expect ? { expect: o.expect } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Read operations, generated from the schema: random fields, arguments and nesting.

function inputLiteral(g: GeneratorValue, world: FuzzWorld, type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return inputLiteral(g, world, type.ofType, depth);
  if (isListType(type)) {
    const n = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: n }, () => inputLiteral(g, world, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type))
    return pick(
      g,
      type.getValues().map((v) => v.name),
    );
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || chance(g, 40));
    return `{ ${fields.map((f) => `${f.name}: ${inputLiteral(g, world, f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      return gqlString(pick(g, [...world.programmeIds, 'programme-GM0000-1', 'programme-GM9999-99', 'x']));
    case 'Int':
      return String(pick(g, [0, 1, 2, 5, 20, 99, 100, 101, 500, -1, 2 ** 31 - 1]));
    case 'Float':
      return String(pick(g, [0, 1.5, -3, 1e300]));
    case 'Boolean':
      return pick(g, ['true', 'false']);
    case 'LocalDate':
      return gqlString(pick(g, ['2026-01-01', '2015-01-01', '2099-12-31']));
    case 'DateTime':
      return gqlString(pick(g, ['2026-01-01T00:00:00Z', '2015-03-01T12:00:00.000Z']));
    default:
      return gqlString(
        pick(g, [...world.municipalityCodes, 'GM0000', 'Utrecht', 'Noord-Holland', 'COMMITMENT', '', 'x']),
      );
  }
}

function selection(
  g: GeneratorValue,
  world: FuzzWorld,
  type: GraphQLObjectType,
  depth: number,
  maxDepth: number,
): string {
  const fields = Object.values(type.getFields());
  const count = g(fc.integer, { min: 1, max: Math.min(4, fields.length) });
  const chosen = new Set<string>();
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = pick(g, fields);
    const named = getNamedType(field.type);
    const needsSelection = !isLeafType(named);
    if (chosen.has(field.name) || (needsSelection && depth >= maxDepth)) continue;
    chosen.add(field.name);
    const args = field.args.filter((a) => isNonNullType(a.type) || chance(g, 30));
    const argText = args.length
      ? `(${args.map((a) => `${a.name}: ${inputLiteral(g, world, a.type, 0)}`).join(', ')})`
      : '';
    const sub = !needsSelection
      ? ''
      : isObjectType(named)
        ? ` { ${selection(g, world, named, depth + 1, maxDepth)} }`
        : ' { __typename }';
    parts.push(`${field.name}${argText}${sub}`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** A query made of real fields with plausible arguments; it may or may not be valid. */
export function readDocument(g: GeneratorValue, world: FuzzWorld): string {
  const root = world.schema.getQueryType()!;
  return `{ ${selection(g, world, root, 1, g(fc.integer, { min: 1, max: 5 }))} }`;
}

// ---------------------------------------------------------------------------------------------
// Mutations.

interface MutationCall {
  field: string;
  /** Arguments as GraphQL literals, in order. */
  args: [string, string][];
  selection: string;
}

const SELECTIONS = [
  '{ id }',
  '{ id version phase }',
  '{ version timeline { event } }',
  '{ id municipality { name } commitment { partners { organisation } } }',
];
const ACTING_AS = ['', 'ADMINISTRATIVE_LEAD', 'PROJECT_LEAD', 'KWARTIERMAKER', 'PARTNER', 'SYSTEM'] as const;

function stepArgs(g: GeneratorValue, world: FuzzWorld, input?: string): [string, string][] {
  const args: [string, string][] = [['programmeId', gqlString(pick(g, world.programmeIds))]];
  const actingAs = pick(g, ACTING_AS);
  if (actingAs) args.push(['actingAs', actingAs]);
  if (input !== undefined) args.push(['input', input]);
  return args;
}

/** Steps every fuzzed programme refuses, whatever the values: wrong phase or unknown reference. */
const REFUSED_STEPS: ((g: GeneratorValue, w: FuzzWorld) => MutationCall)[] = [
  (g, w) => ({
    field: 'recordBottleneck',
    args: stepArgs(
      g,
      w,
      `{ description: "Signalen blijven liggen", domain: ${pick(g, ['CARE', 'EDUCATION', 'JUSTICE'])} }`,
    ),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'selectTheme',
    args: stepArgs(g, w, `{ theme: ${pick(g, ['SIGNALLING', 'EXPERTISE', 'COLLABORATION'])} }`),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'deselectTheme', args: stepArgs(g, w, '{ theme: PREVENTION }'), selection: pick(g, SELECTIONS) }),
  (g, w) => ({
    field: 'addAction',
    args: stepArgs(g, w, '{ title: "Scholing", theme: EXPERTISE, ownerOrganisation: "GGD" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'confirmSupport',
    args: stepArgs(g, w, '{ organisation: "GGD", level: MANAGEMENT }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'adoptAgenda', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({
    field: 'updateActionStatus',
    args: stepArgs(g, w, '{ actionId: "action-1", status: DONE }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'startSchoolBoardTalks', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({ field: 'fixTrainingCalendar', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({
    field: 'planTrainingSession',
    args: stepArgs(g, w, '{ date: "2027-10-01", title: "Training" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'completeExecution', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({
    field: 'recordEmbedding',
    args: stepArgs(
      g,
      w,
      '{ actionId: "action-1", instrument: REGIONAL_APPROACH_PLAN, instrumentName: "Plan", takenOverBy: "GGD", responsibleRole: "Teamleider" }',
    ),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'nameEmbeddingOwner',
    args: stepArgs(g, w, '{ role: "Beleidsadviseur" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'recordLeadDeparture', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({ field: 'completeEmbedding', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  (g, w) => ({ field: 'recordCheckIn', args: stepArgs(g, w, '{ year: 2027 }'), selection: pick(g, SELECTIONS) }),
  (g, w) => ({ field: 'closeProgramme', args: stepArgs(g, w, '{ note: "klaar" }'), selection: pick(g, SELECTIONS) }),
  (g, w) => ({
    field: 'reportIndicators',
    args: stepArgs(g, w, '{ period: "2027-Q1", repeatReports: 3 }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'acknowledgeEscalation',
    args: stepArgs(g, w, '{ escalationId: "escalation-1", decision: NOTE }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({ field: 'resumeProgramme', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
  // R1.2: three partner domains are missing, so no programme can confirm its commitment yet.
  (g, w) => ({ field: 'confirmCommitment', args: stepArgs(g, w), selection: pick(g, SELECTIONS) }),
];

/** Mutations a fuzzed programme (or the API) could accept with the right values. */
export const ACCEPTABLE_MUTATION_NAMES = [
  'startProgramme',
  'designateAdministrativeLead',
  'commitPartner',
  'appointProjectLead',
  'recordRecommendation',
  'pauseProgramme',
  'abortProgramme',
  'changeSettings',
  'recordMentorPairing',
];

/** Well-formed mutations the fuzzed programmes would accept: sent only with a certain breaker. */
const ACCEPTABLE: ((g: GeneratorValue, w: FuzzWorld) => MutationCall)[] = [
  (g) => ({
    field: 'startProgramme',
    args: [['municipalityCode', gqlString(pick(g, ['GM0034', 'GM0037', 'GM0047', 'GM0050']))]],
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'designateAdministrativeLead',
    args: stepArgs(g, w, '{ name: "Wethouder Jeugd" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'commitPartner',
    args: stepArgs(g, w, `{ organisation: "Politie ${g(fc.nat, 999)}", domain: JUSTICE }`),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'appointProjectLead',
    args: stepArgs(g, w, `{ kind: ${pick(g, ['INTERNAL', 'EXTERNAL'])} }`),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'recordRecommendation',
    args: stepArgs(g, w, '{ item: MAYOR_CONSULTED }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'pauseProgramme',
    args: stepArgs(g, w, '{ reason: "Verkiezingen" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'abortProgramme',
    args: stepArgs(g, w, '{ reason: "Gestopt" }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'changeSettings',
    args: stepArgs(g, w, '{ escalationIntervalWeeks: 2, stallThresholdWeeks: { COMMITMENT: 8 } }'),
    selection: pick(g, SELECTIONS),
  }),
  (g, w) => ({
    field: 'recordMentorPairing',
    args: [
      ['programmeId', gqlString(pick(g, w.programmeIds))],
      ['input', '{ mentorMunicipalityCode: "GM0917" }'],
    ],
    selection: pick(g, SELECTIONS),
  }),
];

const render = (c: MutationCall, prefix = ''): string =>
  `${prefix}${c.field}${c.args.length ? `(${c.args.map(([n, v]) => `${n}: ${v}`).join(', ')})` : ''} ${c.selection}`;
const mutation = (c: MutationCall): string => `mutation { ${render(c)} }`;

// ---------------------------------------------------------------------------------------------
// Edits and breakers.

const NOISE = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '.',
  '...',
  '=',
  '|',
  '&',
  '"',
  '"""',
  '#',
  ',',
  '\\',
  '\u0000',
  '\u00e9',
  '\u202e',
  '\u200b',
  '😀',
  '\ud800',
  'query',
  'mutation',
  'fragment',
  '__schema',
  'null',
  '-1',
  '1e999',
  ' ',
];

/** One to three random edits: deletions, insertions, duplications, swaps. */
export function edit(g: GeneratorValue, doc: string): string {
  let text = doc;
  const edits = g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < edits; i++) {
    const at = g(fc.integer, { min: 0, max: Math.max(0, text.length - 1) });
    switch (pick(g, ['delete', 'insert', 'replace', 'duplicate', 'swap'] as const)) {
      case 'delete':
        text = text.slice(0, at) + text.slice(at + g(fc.integer, { min: 1, max: 8 }));
        break;
      case 'insert':
        text = text.slice(0, at) + pick(g, NOISE) + text.slice(at);
        break;
      case 'replace':
        text = text.slice(0, at) + pick(g, NOISE) + text.slice(at + 1);
        break;
      case 'duplicate': {
        const end = Math.min(text.length, at + g(fc.integer, { min: 1, max: 40 }));
        text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
        break;
      }
      case 'swap': {
        const other = g(fc.integer, { min: 0, max: Math.max(0, text.length - 1) });
        const [a, b] = at < other ? [at, other] : [other, at];
        text =
          text.slice(0, a) + text.slice(b, b + 1) + text.slice(a + 1, b) + text.slice(a, a + 1) + text.slice(b + 1);
        break;
      }
    }
  }
  return text;
}

const WRONG_LITERALS = ['true', 'false', '12.5', '[1, 2]', '{ a: 1 }', 'null', 'NOPE', '$undeclared', '""', '-0'];

/** A certain refusal for any mutation call: each breaks GraphQL validation or input validation. */
function breakCall(g: GeneratorValue, c: MutationCall): { doc: string; variables?: unknown; breaker: string } {
  const breaker = pick(g, [
    'missing-argument',
    'wrong-literal',
    'unknown-argument',
    'unknown-field',
    'unknown-input-field',
    'prefix',
    'variable-type',
    'variable-value',
    'two-operations',
    'subscription-field',
  ] as const);
  switch (breaker) {
    case 'missing-argument': {
      const target = pick(
        g,
        c.args.filter(([n]) => n !== 'actingAs').map(([n]) => n),
      );
      return { breaker, doc: mutation({ ...c, args: c.args.filter(([n]) => n !== target) }) };
    }
    case 'wrong-literal': {
      // Each is a GraphQL type error for every required argument here, or (an empty or numeric
      // programme id or code) refused by input validation.
      const target = pick(
        g,
        c.args.filter(([n]) => n !== 'actingAs').map(([n]) => n),
      );
      const wrong = pick(g, WRONG_LITERALS);
      return { breaker, doc: mutation({ ...c, args: c.args.map(([n, v]) => [n, n === target ? wrong : v]) }) };
    }
    case 'unknown-argument':
      return {
        breaker,
        doc: mutation({ ...c, args: [...c.args, [pick(g, ['force', 'admin', 'id', 'input2']), 'true']] }),
      };
    case 'unknown-field':
      return {
        breaker,
        doc: mutation({
          ...c,
          selection: c.selection.replace(/\}$/, `${pick(g, ['password', 'secret', '__proto__x', 'stateJson'])} }`),
        }),
      };
    case 'unknown-input-field': {
      const input = c.args.find(([n]) => n === 'input');
      if (!input || input[1] === '{}') return { breaker, doc: mutation({ ...c, args: [...c.args, ['nope', '1']] }) };
      return {
        breaker,
        doc: mutation({
          ...c,
          args: c.args.map(([n, v]) => [
            n,
            n === 'input' ? v.replace(/^\{/, `{ ${pick(g, ['isAdmin', 'version', 'actor'])}: true,`) : v,
          ]),
        }),
      };
    }
    case 'prefix': {
      const doc = mutation(c);
      return { breaker, doc: doc.slice(0, g(fc.integer, { min: 0, max: doc.length - 1 })) };
    }
    case 'variable-type':
      // Declared with a type no argument of the call accepts.
      return {
        breaker,
        doc: `mutation($v: ${pick(g, ['Boolean!', '[Int!]!', 'Float'])}) { ${render({ ...c, args: c.args.map(([n, v], i) => [n, i === 0 ? '$v' : v]) })} }`,
        variables: { v: true },
      };
    case 'variable-value': {
      // The right declared type, a value of the wrong shape (or missing).
      const [name] = c.args[0]!;
      const type = name === 'municipalityCode' ? 'String!' : 'ID!';
      const value = pick(g, [null, 12.5, true, [], { programmeId: 'x' }, undefined]);
      return {
        breaker,
        doc: `mutation($v: ${type}) { ${render({ ...c, args: c.args.map(([n, v], i) => [n, i === 0 ? '$v' : v]) })} }`,
        variables: value === undefined ? {} : { v: value },
      };
    }
    case 'two-operations':
      return { breaker, doc: `${mutation(c)} mutation Other { ${render(c)} }` };
    case 'subscription-field':
      return { breaker, doc: `subscription { ${render(c)} }` };
  }
}

/** An input value no validator accepts for the call: too long, empty, wrong key, out of range. */
function badValue(g: GeneratorValue, world: FuzzWorld): MutationCall {
  const long = (min: number) => 'x'.repeat(g(fc.integer, { min, max: min + 40_000 }));
  // A leading '#' keeps any random text from being a programme id or a municipality code.
  const notAProgrammeId = `#${g(fc.string, { maxLength: 40 })}`;
  const notACode = `#${g(fc.string, { maxLength: 12 })}`;
  const sel = pick(g, SELECTIONS);
  const id = gqlString(pick(g, world.programmeIds));
  return pick(g, [
    {
      field: 'commitPartner',
      args: [
        ['programmeId', id],
        ['input', `{ organisation: ${gqlString(long(201))}, domain: CARE }`],
      ],
      selection: sel,
    },
    {
      field: 'commitPartner',
      args: [
        ['programmeId', id],
        ['input', '{ organisation: "", domain: CARE }'],
      ],
      selection: sel,
    },
    {
      field: 'commitPartner',
      args: [
        ['programmeId', gqlString(notAProgrammeId)],
        ['input', '{ organisation: "GGD", domain: CARE }'],
      ],
      selection: sel,
    },
    {
      field: 'designateAdministrativeLead',
      args: [
        ['programmeId', id],
        ['input', `{ name: ${gqlString(long(201))} }`],
      ],
      selection: sel,
    },
    {
      field: 'abortProgramme',
      args: [
        ['programmeId', id],
        ['input', `{ reason: ${gqlString(pick(g, ['', long(501)]))} }`],
      ],
      selection: sel,
    },
    {
      field: 'pauseProgramme',
      args: [
        ['programmeId', id],
        ['input', `{ reason: ${gqlString(pick(g, ['', long(501)]))} }`],
      ],
      selection: sel,
    },
    {
      field: 'changeSettings',
      args: [
        ['programmeId', id],
        ['input', `{ escalationIntervalWeeks: ${pick(g, [0, -1, 53, 2 ** 31 - 1])} }`],
      ],
      selection: sel,
    },
    {
      field: 'changeSettings',
      args: [
        ['programmeId', id],
        ['input', `{ stallThresholdWeeks: { COMMITMENT: ${pick(g, [0, 521, -5])} } }`],
      ],
      selection: sel,
    },
    {
      field: 'changeSettings',
      args: [
        ['programmeId', id],
        [
          'input',
          `{ webhookUrl: ${gqlString(pick(g, ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://x', 'not a url', `http://${long(2050)}`]))} }`,
        ],
      ],
      selection: sel,
    },
    {
      field: 'changeSettings',
      args: [
        ['programmeId', id],
        ['input', `{ calendarCutoff: ${gqlString(pick(g, ['31-05', '5-31', '2027-05-31', '', '99-99x']))} }`],
      ],
      selection: sel,
    },
    { field: 'startProgramme', args: [['municipalityCode', gqlString(notACode)]], selection: sel },
    {
      field: 'startProgramme',
      args: [
        ['municipalityCode', '"GM0034"'],
        ['startedOn', gqlString(pick(g, ['2014-12-31', '1900-01-01', '2999-01-01', 'gisteren', '2026-02-30', '']))],
      ],
      selection: sel,
    },
    {
      field: 'recordMentorPairing',
      args: [
        ['programmeId', id],
        ['input', `{ mentorMunicipalityCode: ${gqlString(long(41))} }`],
      ],
      selection: sel,
    },
  ] satisfies MutationCall[]);
}

// ---------------------------------------------------------------------------------------------
// The generators, one per kind of abuse.

const REFUSED_CODES: readonly ErrorCode[] = ['RULE_VIOLATION', 'FORBIDDEN', 'VALIDATION_FAILED', 'NOT_FOUND'];

/** Random documents from the schema, then edited at random (queries only: they change nothing). */
export const brokenReads: Generator = (g, w) => {
  // Now and then a subscription, which belongs on graphql-ws and not on HTTP.
  const subscription = chance(g, 8) ? w.schema.getSubscriptionType() : undefined;
  const doc = subscription ? `subscription { ${selection(g, w, subscription, 1, 3)} }` : readDocument(g, w);
  const text = chance(g, 80) ? edit(g, doc) : doc;
  if (chance(g, 20)) {
    const search = new URLSearchParams({
      query: text,
      ...(chance(g, 50) ? { variables: pick(g, ['{', '[]', '"x"', '{"a":1}', 'null']) } : {}),
    }).toString();
    return { kind: 'GET read', method: 'GET', search, headers: { authorization: w.authorization }, mayExecute: true };
  }
  return post(g, 'read', { query: text }, { authorization: w.authorization, mayExecute: true });
};

/** Steps the programmes refuse, sent as they are or edited at random. */
export const refusedSteps: Generator = (g, w) => {
  const call = pick(g, REFUSED_STEPS)(g, w);
  const doc = mutation(call);
  if (chance(g, 30))
    return post(
      g,
      `refused step ${call.field}`,
      { query: doc },
      { authorization: w.authorization, mayExecute: false, expect: { codes: REFUSED_CODES } },
    );
  let edited = edit(g, doc);
  // Should random edits ever spell a step the programmes could accept, an unclosed brace keeps
  // the document from parsing.
  if (ACCEPTABLE_MUTATION_NAMES.some((name) => edited.includes(name))) edited += '\n{';
  return post(g, `edited step ${call.field}`, { query: edited }, { authorization: w.authorization, mayExecute: false });
};

/** Steps that could be accepted, each with a certain breaker: types, arguments, fields, variables. */
export const brokenMutations: Generator = (g, w) => {
  const call = pick(g, ACCEPTABLE)(g, w);
  const broken = breakCall(g, call);
  return post(
    g,
    `${broken.breaker} ${call.field}`,
    { query: broken.doc, ...(broken.variables !== undefined ? { variables: broken.variables } : {}) },
    {
      authorization: w.authorization,
      mayExecute: false,
      // recordMentorPairing checks its programme id only by looking it up.
      expect: { codes: ['VALIDATION_FAILED', 'NOT_FOUND'] },
    },
  );
};

/** Input values out of range, too long, empty or of the wrong form. */
export const badValues: Generator = (g, w) => {
  const call = badValue(g, w);
  return post(
    g,
    `bad value ${call.field}`,
    { query: mutation(call) },
    { authorization: w.authorization, mayExecute: false, expect: { codes: ['VALIDATION_FAILED', 'RULE_VIOLATION'] } },
  );
};

/** Depth, aliases, directives, tokens, cost, batches, body size, GET, operation names. */
export const limitBreakers: Generator = (g, w) => {
  const call = pick(g, [...ACCEPTABLE, ...REFUSED_STEPS])(g, w);
  const refused = { status: 400, codes: ['VALIDATION_FAILED'] as ErrorCode[] };
  const send = (kind: string, body: unknown, expect = refused) =>
    post(g, kind, body, { authorization: w.authorization, mayExecute: false, expect });
  switch (
    pick(g, ['aliases', 'directives', 'tokens', 'cost', 'depth', 'batch', 'body', 'get', 'operation-name'] as const)
  ) {
    case 'aliases': {
      const n = g(fc.integer, { min: 16, max: 200 });
      return send(`${n} aliases`, {
        query: `mutation { ${Array.from({ length: n }, (_, i) => render(call, `a${i}: `)).join(' ')} }`,
      });
    }
    case 'directives': {
      const n = g(fc.integer, { min: 21, max: 150 });
      const fields = Array.from({ length: n }, () => `id @${pick(g, ['include(if: true)', 'skip(if: false)'])}`).join(
        ' ',
      );
      return send(`${n} directives`, { query: mutation({ ...call, selection: `{ ${fields} }` }) });
    }
    case 'tokens': {
      const n = g(fc.integer, { min: 2_001, max: 12_000 });
      return send(`${n} tokens`, { query: mutation({ ...call, selection: `{ ${'id '.repeat(n)}}` }) });
    }
    case 'cost': {
      // Fragments spreading the next one k times: a small document, a k³-fold result.
      const k = g(fc.integer, { min: 10, max: 30 });
      const query = `mutation { ${render({ ...call, selection: '{ ...A }' })} }
        fragment A on Programme { ${'...B '.repeat(k)} }
        fragment B on Programme { ${'...C '.repeat(k)} }
        fragment C on Programme { ${'...D '.repeat(k)} }
        fragment D on Programme { id version municipality { code name province } }`;
      return send(`cost bomb k=${k}`, { query });
    }
    case 'depth': {
      const n = g(fc.integer, { min: 9, max: 60 });
      // No mutation path is deeper than 10: a read that would hit the read model, made too deep.
      const id = gqlString(pick(g, w.programmeIds));
      const deep = `__type(name: "Programme") { fields { type { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } } }`;
      return post(
        g,
        `depth ${n + 4}`,
        { query: `{ programme(id: ${id}) { id phase } ${deep} }` },
        { authorization: w.authorization, mayExecute: false, expect: refused },
      );
    }
    case 'batch': {
      const n = g(fc.integer, { min: 2, max: 30 });
      return send(
        `batch of ${n}`,
        Array.from({ length: n }, () => ({ query: mutation(call) })),
      );
    }
    case 'body': {
      const padding = 'x'.repeat(g(fc.integer, { min: 103_000, max: 400_000 }));
      return send(
        'oversized body',
        { query: mutation(call), variables: { padding } },
        { status: 413, codes: ['VALIDATION_FAILED'] },
      );
    }
    case 'get':
      return {
        kind: `GET ${call.field}`,
        method: 'GET',
        search: new URLSearchParams({ query: mutation(call) }).toString(),
        headers: { authorization: w.authorization },
        mayExecute: false,
        expect: refused,
      };
    case 'operation-name': {
      const name = pick(g, ['Other', '', 'constructor', '__proto__', 'x'.repeat(5_000)]);
      if (chance(g, 30)) {
        // GET: two named operations, a read and a step, and no operationName or an unknown one.
        const params: Record<string, string> = {
          query: `query Read { programme(id: ${gqlString(pick(g, w.programmeIds))}) { id } } mutation Step { ${render(call)} }`,
        };
        if (name !== '') params.operationName = name.slice(0, 100);
        return {
          kind: 'GET operationName',
          method: 'GET',
          search: new URLSearchParams(params).toString(),
          headers: { authorization: w.authorization },
          mayExecute: false,
          expect: refused,
        };
      }
      return send(`operationName ${name.slice(0, 12)}`, {
        query: `mutation Step { ${render(call)} }`,
        operationName: name === '' ? 5 : name,
      });
    }
  }
};

/** Every mutation, well formed, with a missing, malformed, forged or expired token or another tenant's. */
export const badTokens: Generator = (g, w) => {
  const call = pick(g, [...ACCEPTABLE, ...REFUSED_STEPS])(g, w);
  if (chance(g, 25)) {
    // A valid token of another municipality: its programmes do not exist for this tenant.
    const tenantCall =
      call.field === 'startProgramme'
        ? { ...call, args: [['municipalityCode', gqlString(pick(g, w.municipalityCodes))]] as [string, string][] }
        : call;
    return post(
      g,
      `other tenant ${call.field}`,
      { query: mutation(tenantCall) },
      {
        authorization: w.otherTenantAuthorization,
        mayExecute: false,
        expect: { codes: ['NOT_FOUND', 'FORBIDDEN', 'RULE_VIOLATION', 'VALIDATION_FAILED'] },
      },
    );
  }
  const authorization = chance(g, 10) ? undefined : pick(g, w.badAuthorizations);
  return post(
    g,
    `bad token ${call.field}`,
    { query: mutation(call) },
    { authorization, mayExecute: false, expect: { codes: ['UNAUTHENTICATED'] } },
  );
};

/** Bodies that are not a GraphQL request: random bytes and JSON, broken JSON, wrong content types. */
export const badBodies: Generator = (g, w) => {
  const call = pick(g, ACCEPTABLE)(g, w);
  const valid = JSON.stringify({ query: mutation(call) });
  const refused = { codes: ['VALIDATION_FAILED'] as ErrorCode[] };
  const send = (
    kind: string,
    body: string,
    contentType = 'application/json',
    expect: AbuseRequest['expect'] = refused,
  ) => post(g, kind, body, { authorization: w.authorization, mayExecute: false, expect, contentType });
  switch (
    pick(g, [
      'random',
      'json',
      'truncated',
      'garbage',
      'proto',
      'content-type',
      'nested',
      'numbers',
      'query-type',
    ] as const)
  ) {
    case 'random':
      return send(
        'random text',
        g(fc.string, { unit: pick(g, ['binary', 'grapheme', 'binary-ascii'] as const), maxLength: 2_000 }),
      );
    case 'json': {
      const value = g(fc.jsonValue, { maxDepth: 4 });
      // A JSON object with a string `query` may be a document; none of these is a valid one.
      return send('random JSON', JSON.stringify(value) ?? 'null', 'application/json', undefined);
    }
    case 'truncated':
      return send('truncated JSON', valid.slice(0, g(fc.integer, { min: 0, max: valid.length - 1 })));
    case 'garbage':
      return send(
        'JSON with garbage',
        pick(g, [
          `${valid}x`,
          `${valid},${valid}`,
          valid.replace(/"/g, "'"),
          `\u0000${valid}`,
          valid.replace(':', '::'),
        ]),
      );
    case 'proto':
      return send(
        'prototype keys',
        valid.replace(
          /^\{/,
          `{"${pick(g, ['__proto__', 'constructor'])}": {"prototype": {"admin": true}, "isAdmin": true},`,
        ),
      );
    case 'content-type':
      return send(
        `content-type`,
        valid,
        pick(g, [
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
          'image/png',
          '',
          'application/jsonx',
          'json',
        ]),
        {
          codes: ['VALIDATION_FAILED'],
        },
      );
    case 'nested': {
      // The nested value goes where an ID is required: even a parser that survived it is refused.
      const depth = g(fc.integer, { min: 100, max: 20_000 });
      const doc = `mutation($v: ID!) { ${render({ ...call, args: call.args.map(([n, v], i) => [n, i === 0 ? '$v' : v]) })} }`;
      return send(
        `JSON nested ${depth} deep`,
        `{"query": ${JSON.stringify(doc)}, "variables": {"v": ${'['.repeat(depth)}${']'.repeat(depth)}}}`,
        'application/json',
        undefined,
      );
    }
    case 'query-type':
      // Mercurius coerces an array of strings to a document, so none is sent here: a step
      // would run. Every other type of `query` is refused.
      return send(
        'query of another type',
        `{"query": ${pick(g, ['5', '1.5', '-1', '0', 'true', 'false', 'null', '[]', '[1]', '[null]', '{}', '{"kind":"Document","definitions":[]}'])}}`,
      );
    case 'numbers':
      // $v is declared and never used: refused (NoUnusedVariables) whatever the number does.
      return send(
        'huge numbers',
        `{"query": ${JSON.stringify(`mutation($v: Int) { ${render(call)} }`)}, "variables": {"v": ${pick(g, ['1e400', '-1e400', '123456789012345678901234567890', '0.0000000000000000000001', 'NaN', 'Infinity'])}}}`,
        'application/json',
        undefined,
      );
  }
};

/** Unicode and giant strings, in places that cannot make a step valid: refused steps and reads. */
export const strangeStrings: Generator = (g, w) => {
  const text = g(() =>
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom(
        '\u202e\u0000\ud800',
        '😀'.repeat(5_000),
        '\u0301'.repeat(10_000),
        'A'.repeat(90_000),
        '\\u0000',
        '${jndi:ldap://x}',
        "'; DROP TABLE programme; --",
        '<script>alert(1)</script>',
      ),
    ),
  );
  const asVariable = chance(g, 60);
  if (chance(g, 50)) {
    const call = pick(g, REFUSED_STEPS.slice(0, 5))(g, w);
    const doc = asVariable
      ? `mutation($t: String!) { ${call.field}(programmeId: ${call.args[0]![1]}, input: { ${call.field === 'selectTheme' || call.field === 'deselectTheme' ? 'theme: $t' : call.field === 'addAction' ? 'title: $t, theme: EXPERTISE, ownerOrganisation: $t' : call.field === 'confirmSupport' ? 'organisation: $t, level: MANAGEMENT' : 'description: $t, domain: CARE'} }) { id } }`
      : mutation({
          ...call,
          args: call.args.map(([n, v]) => [n, n === 'input' ? v.replace(/"[^"]*"/, () => JSON.stringify(text)) : v]),
        });
    return post(
      g,
      `strange string in ${call.field}`,
      { query: doc, ...(asVariable ? { variables: { t: text } } : {}) },
      { authorization: w.authorization, mayExecute: false },
    );
  }
  const field = pick(g, [
    'programme(municipalityCode: $t)',
    'programme(id: $t)',
    'mentorSuggestions(programmeId: $t) { name }',
  ]);
  const doc = asVariable
    ? `query($t: ${field.includes('id:') || field.includes('programmeId') ? 'ID!' : 'String!'}) { ${field.includes('{') ? field : `${field} { id }`} }`
    : `{ ${field.replace('$t', () => JSON.stringify(text)).replace(/\)$/, ') { id }')} }`;
  return post(
    g,
    'strange string in a read',
    { query: doc, ...(asVariable ? { variables: { t: text } } : {}) },
    { authorization: w.authorization, mayExecute: true },
  );
};
