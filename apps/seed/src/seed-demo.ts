import { createHash } from 'node:crypto';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, signHs256Token } from '../../../libs/platform/src';
import { amsterdamDate } from '../../../libs/domain/src';
import { DemoDirectory } from './demo-directory';
import { demoPastPhases } from './demo-dates';
import { DEMO_MAIL_DOMAIN, demoPeople, personFor, type DemoPerson } from './demo-people';
import { lastAldermanStep, realmInvitations, realmPeople } from './realm-people';
import { selectDemoProgrammes, type DemoPhase, type DemoProgramme, type DemoStatus } from './demo-plan';
import { drivePlan, type ResolvedStep, type SeedState, type StepMutation, type StepOutcome } from './demo-steps';
import type { ActorRole, SeedVersionsQuery, TypedDocumentString } from './gql/graphql';
import { ApiUnreachableError, createGraphqlClient, GraphqlRequestError, type GraphqlClient } from './graphql-client';
import {
  INVITE_MEMBER,
  MENTOR_SUGGESTIONS,
  PAIR_MENTOR,
  PROGRAMME_PEOPLE,
  PROGRAMME_BY_ID,
  PROGRAMME_BY_MUNICIPALITY,
  START_PROGRAMME,
  STEP_MUTATIONS,
  VERSIONS,
} from './operations';

/**
 * How the seed signs the tokens of each programme's demo people (./demo-people.ts): P1, every step
 * is taken by the person who holds its role (project lead, alderman, a partner's contact), which a
 * KWARTIERMAKER token may not. The API's HS256 secret (the data folder's `jwt-secret` or
 * AUTH_JWT_SECRET); issuer and audience default to `olievlek-local`.
 */
export interface MunicipalityTokens {
  secret: string;
  issuer?: string;
  audience?: string;
}

export interface SeedDemoOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:3000/graphql`. */
  graphqlUrl: string;
  /** A KWARTIERMAKER token: pairs mentors, reads the read model. */
  token: string;
  municipalityTokens: MunicipalityTokens;
  /**
   * The database of the running product (DATABASE_URL, else `<data folder>/olievlek.sqlite`): the
   * demo people get their roles in its member directory (P1), bound to their local tokens.
   */
  databaseUrl: string;
  /**
   * The issuer of the demo realm's sign-ins (Keycloak under npm start, realm-people.ts): its people
   * get their roles, bound to (this issuer, their fixed realm id), so they find work waiting when
   * they sign in (issue 15). Absent: only the seed's own people.
   */
  realmIssuer?: string;
  /** A subset of the plan: the first `n` programmes (pioneers come first) or these municipality codes. */
  only?: number | readonly string[];
  /** Programmes seeded at the same time; 4 by default. */
  concurrency?: number;
  /** One line per programme and a summary; stdout by default. Pass `() => {}` for silence. */
  log?: (line: string) => void;
  /** How long to wait for the read model to show the seeded versions; 60 s by default. */
  readModelTimeoutMs?: number;
}

/** What the seed found or made of one planned programme. */
export interface SeededProgramme {
  municipalityCode: string;
  /** The municipality's name as the API answers it. */
  name: string;
  programmeId: string;
  phase: string;
  status: string;
  /** The programme's version after the seed (the read model shows at least this one). */
  version: number;
  startedAt: string;
  openEscalationLevel: number;
  riskFlags: string[];
  planned: { phase: DemoPhase; status: DemoStatus; escalated: boolean; mentor: boolean };
  /** `started`: new this run; `advanced`: existed and took steps; `unchanged`: already as planned. */
  outcome: 'started' | 'advanced' | 'unchanged';
  /** Mutations this run took for it (0 when unchanged). */
  steps: number;
  /** The mentor's municipality code, when paired (this run or before). */
  mentor?: string;
  notes: string[];
}

export interface SeedDemoResult {
  programmes: SeededProgramme[];
  durationMs: number;
}

/** Some programmes could not be seeded; `result` holds the ones that could. */
export class SeedDemoError extends Error {
  constructor(
    readonly failures: { municipalityCode: string; error: Error }[],
    readonly result: SeedDemoResult,
  ) {
    super(
      `seed:demo: ${failures.length} programme(s) failed: ${failures.map((f) => `${f.municipalityCode}: ${f.error.message}`).join('; ')}`,
    );
  }
}

export { ApiUnreachableError, GraphqlRequestError };

/** A demo person's token: the municipality's people as MUNICIPALITY, partner contacts as members only. */
function tokenSource(tokens: MunicipalityTokens): (person: DemoPerson, code: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (person, code) => {
    let token = cache.get(person.subject);
    if (!token) {
      token = signHs256Token(
        tokens.secret,
        person.municipal
          ? { sub: person.subject, role: 'MUNICIPALITY', municipalities: [code] }
          : { sub: person.subject },
        {
          issuer: tokens.issuer ?? EMBEDDED_ISSUER,
          audience: tokens.audience ?? EMBEDDED_AUDIENCE,
          expiresInSeconds: 3600,
        },
      );
      cache.set(person.subject, token);
    }
    return token;
  };
}

/**
 * Every step mutation answers the programme under its own name; the plan's inputs are checked by
 * the API (VALIDATION_FAILED), as they are built from plain data.
 */
type StepDocument = TypedDocumentString<
  Partial<Record<StepMutation, SeedState>>,
  { programmeId: string; actingAs: ActorRole | null; input?: Record<string, unknown> }
>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A step's Idempotency-Key: the mutation and its input. The API makes it one update per caller,
 * programme and step type, so a step sent again (after SERVICE_UNAVAILABLE) is recorded once. A
 * plan never takes the same step with the same input twice, and a later run only sends steps not
 * yet taken.
 */
const stepKey = (step: ResolvedStep): string =>
  `seed-${step.mutation}-${createHash('sha256')
    .update(JSON.stringify(step.input ?? {}))
    .digest('base64url')}`;

/**
 * Seeds the demo programmes of `DEMO_PLAN` (apps/seed/src/demo-plan.ts) through the running API:
 * the six pioneer collectives to CONTINUATION and about thirty others to every phase, a few paused,
 * one aborted, some escalated at once at level 2 (R4.3: an external project lead leaves while
 * embedding is open). Every change is a GraphQL mutation, which the API forwards to the programme's
 * workflow as a Temporal Update; nothing is written to the read model or Temporal directly. Only
 * the member directory is written here: each programme's demo people (project lead, alderman,
 * partner contacts) get their roles, and each step is signed by the person whose role it is (P1).
 *
 * Idempotent: a municipality that has a programme is carried on from where it is (only missing
 * steps are taken), so a second run changes nothing. Starts each programme on its real start day
 * (`startProgramme(startedOn:)`) and pairs planned mentors (`recordMentorPairing`). Resolves once the read model shows every seeded
 * programme's final version; rejects with SeedDemoError when a programme could not be seeded
 * (the others are still seeded), or ApiUnreachableError when nothing answers at `graphqlUrl`.
 */
export async function seedDemo(options: SeedDemoOptions): Promise<SeedDemoResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const client = createGraphqlClient(options.graphqlUrl, {
    onRateLimited: (s) => log(`seed:demo: rate limit bereikt, ${s} s wachten (rate limited, waiting)`),
  });
  const kwartiermaker = options.token;
  const personToken = tokenSource(options.municipalityTokens);
  const plans = selectDemoProgrammes(options.only);
  const directory = await DemoDirectory.open(options.databaseUrl, options.municipalityTokens.issuer ?? EMBEDDED_ISSUER);

  const read = async (token: string, by: { municipalityCode: string } | { id: string }): Promise<SeedState | null> => {
    const data =
      'id' in by
        ? await client.request(PROGRAMME_BY_ID, by, token)
        : await client.request(PROGRAMME_BY_MUNICIPALITY, by, token);
    return data.programme;
  };

  /**
   * A request the API answered with SERVICE_UNAVAILABLE ("try again in a moment; nothing is lost")
   * is sent again, a few times. Only requests that may be repeated: reads, a start (a repeat finds
   * the programme running), and steps with an Idempotency-Key (never recorded twice).
   */
  const patiently = async <T>(send: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        if (!(error instanceof GraphqlRequestError) || error.code !== 'SERVICE_UNAVAILABLE' || attempt >= 5)
          throw error;
        await sleep(500 * attempt);
      }
    }
  };

  // The project lead starts the programme, and so becomes its project lead in the directory (P2).
  const start = async (plan: DemoProgramme, token: string): Promise<SeedState> => {
    try {
      const data = await patiently(() =>
        client.request(
          START_PROGRAMME,
          {
            code: plan.municipalityCode,
            startedOn: plan.startedOn,
            // The real days its past phases ended, so phase durations and medians are true (issue 15).
            pastPhases: demoPastPhases(plan, amsterdamDate(Date.now())),
            // C1: a collective starts with its member municipalities.
            ...(plan.members ? { members: plan.members.map((m) => m.municipalityCode) } : {}),
          },
          token,
        ),
      );
      return data.startProgramme;
    } catch (error) {
      // Started a moment ago (another run, or the read model had not shown it yet): carry on with it.
      if (!(error instanceof GraphqlRequestError) || error.code !== 'PROGRAMME_ALREADY_RUNNING') throw error;
      const id = typeof error.details?.programmeId === 'string' ? error.details.programmeId : '';
      for (let i = 0; i < 60; i++) {
        const existing = id
          ? await read(token, { id })
          : await read(token, { municipalityCode: plan.municipalityCode });
        if (existing) return existing;
        await sleep(250);
      }
      throw error;
    }
  };

  const take =
    (
      plan: DemoProgramme,
      people: readonly DemoPerson[],
      programmeId: string,
      afterStep?: (step: ResolvedStep) => Promise<void>,
    ) =>
    async (step: ResolvedStep): Promise<StepOutcome> => {
      // P1: the step is signed by the person who holds its role.
      const subject = personFor(plan, step);
      const person = people.find((p) => p.subject === subject);
      if (!person) throw new Error(`${programmeId}: no demo person ${subject} for ${step.mutation}`);
      const token = await personToken(person, plan.municipalityCode);
      try {
        const data = await patiently(() =>
          client.request(
            STEP_MUTATIONS[step.mutation] as StepDocument,
            { programmeId, actingAs: step.actingAs ?? null, ...(step.input ? { input: step.input } : {}) },
            token,
            { 'idempotency-key': stepKey(step) },
          ),
        );
        const state = data[step.mutation];
        if (!state) throw new Error(`${step.mutation}: no programme in the answer`);
        await afterStep?.(step);
        return { ok: true, state };
      } catch (error) {
        if (error instanceof GraphqlRequestError && error.code === 'RULE_VIOLATION') {
          return {
            ok: false,
            refusal: { code: error.code, message: error.message, ...(error.rule ? { rule: error.rule } : {}) },
          };
        }
        throw error;
      }
    };

  /** P2: the project lead invites the planned person once; a pending invitation or a membership means done. */
  const invite = async (plan: DemoProgramme, programmeId: string, token: string): Promise<number> => {
    const invitees = [
      ...(plan.invite
        ? [
            {
              name: plan.invite.name,
              email: `${plan.invite.mailbox}@${DEMO_MAIL_DOMAIN}`,
              organisation: plan.invite.organisation,
              role: plan.invite.role,
            },
          ]
        : []),
      // Issue 15: a demo realm person finds this invitation in their Mijn taken.
      ...(options.realmIssuer
        ? realmInvitations(plan).map(({ person, role }) => ({
            name: person.name,
            email: person.email,
            organisation: person.organisation ?? `Gemeente ${plan.name}`,
            role,
          }))
        : []),
    ];
    if (invitees.length === 0) return 0;
    const people = (await client.request(PROGRAMME_PEOPLE, { id: programmeId }, token)).programme;
    const known = [...(people?.invitations ?? []), ...(people?.members ?? [])];
    let sent = 0;
    for (const invitee of invitees) {
      if (known.some((p) => p.email.toLowerCase() === invitee.email)) continue;
      await client.request(INVITE_MEMBER, { programmeId, input: { ...invitee, language: 'nl' } }, token);
      sent++;
    }
    return sent;
  };

  const isPaired = (s: SeedState) => Boolean(s.mentor) || s.timeline.some((t) => t.event === 'recordMentorPairing');

  /** A kwartiermaker pairs the programme with the first suggested mentor (same region first, then nearest). */
  const pairMentor = async (state: SeedState, notes: string[]): Promise<{ state: SeedState; steps: number }> => {
    const suggestions = await client.request(MENTOR_SUGGESTIONS, { id: state.id }, kwartiermaker);
    const mentor = suggestions.mentorSuggestions[0];
    if (!mentor) {
      notes.push('geen mentor voorgesteld');
      return { state, steps: 0 };
    }
    try {
      const data = await client.request(
        PAIR_MENTOR,
        {
          id: state.id,
          input: {
            mentorMunicipalityCode: mentor.municipalityCode,
            ...(mentor.programmeId ? { mentorProgrammeId: mentor.programmeId } : {}),
            note: `Voorgesteld door Olievlek: ${mentor.name} (${mentor.sameRegion ? 'zelfde Veilig Thuis-regio' : 'dichtstbijzijnde'}).`,
          },
        },
        kwartiermaker,
      );
      return { state: data.recordMentorPairing, steps: 1 };
    } catch (error) {
      if (!(error instanceof GraphqlRequestError) || error.code !== 'RULE_VIOLATION') throw error;
      notes.push(`mentor ${mentor.name} niet gekoppeld: ${error.message}`);
      return { state, steps: 0 };
    }
  };

  const seedOne = async (plan: DemoProgramme): Promise<SeededProgramme> => {
    const people = demoPeople(plan);
    const token = await personToken(people[0]!, plan.municipalityCode); // the project lead
    const existing = await read(token, { municipalityCode: plan.municipalityCode });
    const initial = existing ?? (await start(plan, token));
    // Issue 15: the demo realm's people get their roles too. A realm alderman takes the role over
    // from the seed's own once the plan needs no more of the alderman's steps (one at a time, P1).
    const realm = options.realmIssuer ? realmPeople(plan, options.realmIssuer) : [];
    const realmAlderman = realm.find((p) => p.grants.some((g) => g.role === 'ADMINISTRATIVE_LEAD'));
    const lastAlderman = realmAlderman && lastAldermanStep(plan);
    const handOver = () => (realmAlderman ? directory.handOver(initial.id, realmAlderman, people[0]!) : undefined);
    await directory.grant(initial.id, [
      ...people.filter(
        (p) =>
          !(
            realmAlderman &&
            !lastAlderman &&
            // C2: member municipalities' aldermen keep their own role.
            p.grants.some((g) => g.role === 'ADMINISTRATIVE_LEAD' && !('municipalityCode' in g))
          ),
      ),
      ...realm.filter((p) => p !== realmAlderman),
    ]);
    if (!lastAlderman) await handOver();
    const afterStep = async (step: ResolvedStep) => {
      if (lastAlderman && step.actingAs === 'ADMINISTRATIVE_LEAD' && step.mutation === lastAlderman) await handOver();
    };
    const driven = await drivePlan(plan, initial, take(plan, people, initial.id, afterStep));
    await handOver();
    let state = driven.state;
    let steps = driven.steps + (await invite(plan, initial.id, token));
    const notes = [...driven.notes];
    if (plan.mentor && !isPaired(state) && (state.status === 'ACTIVE' || state.status === 'PAUSED')) {
      const paired = await pairMentor(state, notes);
      state = paired.state;
      steps += paired.steps;
    }
    if (state.phase !== plan.phase || state.status !== plan.status)
      notes.push(`gepland: ${plan.phase} (${plan.status})`);
    return {
      municipalityCode: plan.municipalityCode,
      name: state.municipality?.name ?? plan.name,
      programmeId: state.id,
      phase: state.phase,
      status: state.status,
      version: state.version,
      startedAt: state.startedAt,
      openEscalationLevel: state.openEscalationLevel,
      riskFlags: state.riskFlags,
      planned: {
        phase: plan.phase,
        status: plan.status,
        escalated: Boolean(plan.leadDeparts),
        mentor: Boolean(plan.mentor),
      },
      outcome: !existing ? 'started' : steps > 0 ? 'advanced' : 'unchanged',
      steps,
      ...(state.mentor ? { mentor: state.mentor.municipalityCode } : {}),
      notes,
    };
  };

  // Bounded concurrency, in plan order: pioneers first, so they can mentor the later ones.
  const seeded: SeededProgramme[] = [];
  const failures: { municipalityCode: string; error: Error }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      try {
        const programme = await seedOne(plan);
        seeded.push(programme);
        log(programmeLine(programme));
      } catch (error) {
        if (error instanceof ApiUnreachableError) throw error;
        const e = error instanceof Error ? error : new Error(String(error));
        failures.push({ municipalityCode: plan.municipalityCode, error: e });
        log(`${plan.municipalityCode} ${plan.name} ✗ ${e.message}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, plans.length)) }, worker));
  } finally {
    await directory.close();
  }
  const order = new Map(plans.map((p, i) => [p.municipalityCode, i]));
  seeded.sort((a, b) => order.get(a.municipalityCode)! - order.get(b.municipalityCode)!);

  await waitForReadModel(client, kwartiermaker, seeded, options.readModelTimeoutMs ?? 60_000, log);
  const result: SeedDemoResult = {
    programmes: seeded,
    durationMs: Date.now() - started,
  };
  for (const line of summary(result, failures.length)) log(line);
  if (failures.length > 0) throw new SeedDemoError(failures, result);
  return result;
}

/** The read model follows the workflows a moment later: wait until it shows every seeded version. */
async function waitForReadModel(
  client: GraphqlClient,
  token: string,
  seeded: SeededProgramme[],
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  const wanted = new Map(seeded.map((p) => [p.programmeId, p.version]));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = new Map<string, number>();
    let after: string | null = null;
    do {
      const page: SeedVersionsQuery = await client.request(VERSIONS, { after }, token);
      for (const { node } of page.programmes.edges) seen.set(node.id, node.version);
      after = page.programmes.pageInfo.hasNextPage ? page.programmes.pageInfo.endCursor : null;
    } while (after);
    const behind = [...wanted].filter(([id, version]) => (seen.get(id) ?? 0) < version);
    if (behind.length === 0) return;
    if (Date.now() > deadline) {
      log(
        `seed:demo: het leesmodel loopt nog achter voor ${behind.map(([id]) => id).join(', ')} (read model still behind)`,
      );
      return;
    }
    await sleep(250);
  }
}

/** `GM0363 Amsterdam → CONTINUATION`, plus what is special about it. */
export function programmeLine(p: SeededProgramme): string {
  const extra: string[] = [];
  if (p.status !== 'ACTIVE')
    extra.push(p.status === 'PAUSED' ? 'gepauzeerd' : p.status === 'ABORTED' ? 'afgebroken' : p.status);
  if (p.openEscalationLevel > 0) extra.push(`escalatie niveau ${p.openEscalationLevel}`);
  if (p.mentor) extra.push(`mentor ${p.mentor}`);
  const steps = `${p.steps} ${p.steps === 1 ? 'stap' : 'stappen'}`;
  extra.push(p.outcome === 'started' ? `nieuw, ${steps}` : p.outcome === 'advanced' ? `${steps} bij` : 'ongewijzigd');
  extra.push(...p.notes);
  return `${p.municipalityCode} ${p.name} → ${p.phase} (${extra.join('; ')})`;
}

function summary(result: SeedDemoResult, failed: number): string[] {
  const ps = result.programmes;
  const count = <K extends string>(key: (p: SeededProgramme) => K) => {
    const counts = new Map<K, number>();
    for (const p of ps) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const escalated = ps.filter((p) => p.openEscalationLevel > 0);
  const outcome = (o: SeededProgramme['outcome']) => ps.filter((p) => p.outcome === o).length;
  return [
    `seed:demo: ${ps.length} programma's in ${(result.durationMs / 1000).toFixed(1)} s — ${outcome('started')} nieuw, ${outcome('advanced')} bijgewerkt, ${outcome('unchanged')} ongewijzigd${failed ? `, ${failed} mislukt` : ''}; ${ps.reduce((n, p) => n + p.steps, 0)} mutaties`,
    `  fase:   ${count((p) => p.phase)}`,
    `  status: ${count((p) => p.status)}`,
    `  escalaties open: ${escalated.length ? escalated.map((p) => `${p.municipalityCode} (niveau ${p.openEscalationLevel})`).join(', ') : 'geen'}`,
    `  mentoren gekoppeld: ${ps.filter((p) => p.mentor).length}`,
  ];
}
