import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  programmeUpdates,
  type ProgrammeLifecycleInput,
} from '../../../../libs/contracts/src';
import {
  checkMembersAtStart,
  checkPastPhases,
  checkStartedOn,
  chooseActor,
  err,
  isProgrammeRunning,
  isViolationId,
  type CommandPayloads,
  type CommandType,
  type MunicipalityCode,
  ok,
  parseMunicipalityCode,
  programmeWorkflowId,
  type PastPhase,
  type ProgrammeSnapshot,
  type ProgrammeState,
  type ProgrammeView,
  type Result,
  type StepContext,
  type StepRequest,
  type Violation,
} from '../../../../libs/domain/src';
import {
  MunicipalityEntity,
  ProgrammeReadModel,
  type ProgrammeEntity,
  type ProgrammeHead,
  type ProgrammePageQuery,
  type ProgrammeSort,
} from '../../../../libs/persistence/src';
import { ProgrammeCache, type CachedProgramme } from './programme-cache';
import type { Principal } from '../auth';
import type { GqlContext } from '../common/request-context';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { loadWebhookPolicy, resolveWebhookTarget } from '../../../../libs/webhooks/src';
import { MembersService } from '../members/members.service';
import { mayKnowMunicipality, maySee, mayStart, scopeOf } from './access';
import type { ProgrammeLookupArgs, ProgrammesArgs } from './programme.args';
import type { ProgrammeFailure } from './programme.failures';
import { nextElectionDayFrom } from './election-day';
import { programmeStartOptions } from './start-options';
import { mergedMunicipalityFailure } from '../reference/merged-municipality';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The Temporal update id of a step sent with an `Idempotency-Key`: the same key from the same
 * caller for the same step of the same programme is the same update, taken once however often
 * it is sent. Hashed, so the id carries no token subject. Undefined for a malformed key.
 */
export function stepUpdateId(
  principal: Principal,
  programmeId: string,
  type: CommandType,
  key: string,
): string | undefined {
  if (!IDEMPOTENCY_KEY.test(key)) return undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify([principal.role, principal.subject, programmeId, type, key]))
    .digest('base64url');
  return `step-${digest}`;
}

/** A programme as a resolver needs it: its state and, when loaded, its municipality. */
export interface ProgrammeRecord {
  state: ProgrammeSnapshot | ProgrammeState | ProgrammeView;
  municipality?: MunicipalityEntity | null;
  /** The cache entry `state` came from (`lookup`): its mapped model is kept there too. */
  cached?: CachedProgramme;
}

/** A page of programmes with each one's opaque cursor. */
export interface ProgrammeConnection {
  edges: Array<{ cursor: string; state: ProgrammeSnapshot | ProgrammeState }>;
  hasNextPage: boolean;
  totalCount: number;
}

/** The state the projection stored with a read-model row (the only place it is parsed). */
export const programmeStateOf = (row: ProgrammeEntity): ProgrammeSnapshot | ProgrammeState =>
  JSON.parse(row.state) as ProgrammeState;

const encodeCursor = (value: string | number, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url');

function decodeCursor(cursor: string): Result<{ value: string | number; id: string }, ProgrammeFailure> {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && typeof id === 'string') return ok({ value, id });
  } catch {
    // fall through
  }
  return err({ kind: 'INVALID_CURSOR' });
}

/** The violation a refused update carries; its failure type is the rule id (`instanceof` does not survive the hop from the worker). */
function violationOf(error: unknown): Violation | undefined {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return undefined;
  const { type, message, details } = error.cause;
  if (!type || !isViolationId(type)) return undefined;
  const first = (details?.[0] ?? undefined) as Record<string, unknown> | undefined;
  return { ruleId: type, message, ...(first ? { details: first } : {}) };
}

@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly programmes: ProgrammeReadModel,
    private readonly members: MembersService,
  ) {}

  private readonly webhookPolicy = loadWebhookPolicy(process.env);
  /** Parsed states of the programmes `lookup` answered, per version (issue 18.1). */
  private readonly states = new ProgrammeCache();
  /** R1.6: the provisional next election day for programmes started from now on (docs/rules.md). */
  private readonly nextElectionDay = nextElectionDayFrom(process.env);

  /** Starts the municipality's programme workflow; at most one runs per municipality. */
  async start(
    caller: Principal,
    rawCode: string,
    startedOn?: string,
    pastPhases?: readonly PastPhase[],
    rawMembers: readonly string[] = [],
  ): Promise<Result<ProgrammeRecord, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    // Checked here as the workflow will check it, so a wrong date never starts a workflow.
    const wrongDate = startedOn === undefined ? undefined : checkStartedOn(startedOn, Date.now());
    if (startedOn !== undefined && wrongDate)
      return err({ kind: 'INVALID_START_DATE', startedOn, message: wrongDate.message });
    const wrongPast = pastPhases && checkPastPhases(pastPhases, startedOn, Date.now());
    if (wrongPast) return err({ kind: 'INVALID_PAST_PHASES', violation: wrongPast });
    const principal = await this.members.withMemberships(caller);
    // Another tenant's municipality is answered like an unknown one: nothing crosses the boundary.
    if (!mayKnowMunicipality(principal, parsed.value)) return err({ kind: 'UNKNOWN_MUNICIPALITY', code: parsed.value });
    const found = await this.findMunicipality(parsed.value);
    if (!found.ok) return found;
    const municipality = found.value;
    // Herindeling: no new programme for a municipality that merged; the error names its successor.
    const merged = await mergedMunicipalityFailure(this.dataSource, municipality, Date.now());
    if (merged) return err(merged);

    const latest = await this.programmes.findLatest(municipality.code);
    if (latest && isProgrammeRunning(latest.status)) {
      return err({ kind: 'ALREADY_RUNNING', municipality, programmeId: latest.id, phase: latest.phase });
    }
    // C1: the lead and each member take part in no other running programme, alone or in a collective.
    const members = await this.collectiveMembers(municipality.code, rawMembers);
    if (!members.ok) return members;
    const busy = await this.takesPartElsewhere([municipality.code, ...members.value]);
    if (busy) return busy;
    const sequence = (latest?.sequence ?? 0) + 1;
    // Codes in the read model were validated when the reference data was loaded.
    const programmeId = programmeWorkflowId(municipality.code as MunicipalityCode, sequence);
    if (!mayStart(principal, municipality.code, programmeId))
      return err({ kind: 'NOT_ASSIGNED', municipalityName: municipality.name, programmeId });
    const input: ProgrammeLifecycleInput & { province: string } = {
      programmeId,
      municipalityCode: municipality.code,
      sequence,
      province: municipality.province,
      schoolHolidayRegion: municipality.schoolHolidayRegion,
      ...(startedOn !== undefined ? { startedOn } : {}),
      ...(members.value.length ? { members: members.value } : {}),
      ...(this.nextElectionDay ? { nextElectionDay: this.nextElectionDay } : {}),
      ...(pastPhases?.length ? { pastPhases: pastPhases.map((p) => ({ phase: p.phase, endedOn: p.endedOn })) } : {}),
    };
    try {
      const handle = await this.temporal.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, programmeStartOptions(input));
      // P2: who starts the programme is its first project lead, and invites the others.
      await this.members.addFounder(principal, programmeId);
      const state = await handle.query(getProgrammeStateQuery);
      return ok({ state, municipality });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        return err({ kind: 'ALREADY_RUNNING', municipality, programmeId, phase: 'COMMITMENT' });
      }
      throw error;
    }
  }

  /**
   * Takes one lifecycle step through the programme's workflow Update and answers the new state.
   * Another tenant's programme is answered as not found, exactly like a missing one.
   */
  async step<T extends CommandType>(
    caller: Principal,
    programmeId: string,
    type: T,
    payload: CommandPayloads[T],
    request: StepRequest = {},
    idempotencyKey?: string,
  ): Promise<Result<ProgrammeRecord, ProgrammeFailure>> {
    const principal = await this.members.withMemberships(caller);
    if (!maySee(principal, programmeId)) return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const updateId =
      idempotencyKey === undefined ? undefined : stepUpdateId(principal, programmeId, type, idempotencyKey);
    if (idempotencyKey !== undefined && updateId === undefined) return err({ kind: 'INVALID_IDEMPOTENCY_KEY' });
    const handle = this.temporal.workflow.getHandle(programmeId);
    try {
      // P1: the step's role comes from the person's memberships; nothing in the request decides it.
      const context: StepContext = {};
      if (type === 'acknowledgeEscalation') {
        const { escalationId } = payload as CommandPayloads['acknowledgeEscalation'];
        const escalation = (await handle.query(getProgrammeStateQuery)).escalations.find((e) => e.id === escalationId);
        if (escalation) context.escalationLevel = escalation.level;
      }
      if (request.onBehalfOfAdministrativeLead) {
        const alderman = await this.members.administrativeLeadOf(programmeId);
        if (alderman) context.administrativeLead = alderman;
      }
      // R1.6 / P1: a designation is bound to the member who holds ADMINISTRATIVE_LEAD now (from the
      // directory, never from the request), so only that person re-confirms the commitment.
      let sent: CommandPayloads[T] = payload;
      if (type === 'designateAdministrativeLead') {
        const alderman = await this.members.administrativeLeadOf(programmeId);
        const { name } = payload as CommandPayloads['designateAdministrativeLead'];
        sent = {
          ...(name !== undefined ? { name } : {}),
          ...(alderman ? { memberId: alderman } : {}),
        } as CommandPayloads[T];
      }
      const person = await this.members.person(principal, programmeId);
      const actor = chooseActor(person, type, payload, request, context);
      if (!actor.ok) return err({ kind: 'STEP_NOT_YOURS', refusal: actor.error });
      if (type === 'addCollectiveMember') {
        // C1 against the read model: the joining municipality exists and runs no other programme.
        const joining = await this.collectiveMembers('', [
          (payload as CommandPayloads['addCollectiveMember']).municipalityCode,
        ]);
        if (!joining.ok) return joining;
        const busy = await this.takesPartElsewhere(joining.value);
        if (busy) return busy;
      }
      if (type === 'changeSettings') {
        const refused = await this.refusedWebhook((payload as CommandPayloads['changeSettings']).webhookUrl);
        if (refused) return err({ kind: 'WEBHOOK_REFUSED', reason: refused });
      }
      const state = await handle.executeUpdate(programmeUpdates[type], {
        args: [{ ...sent, actor: actor.value } as never],
        ...(updateId ? { updateId } : {}),
      });
      return ok({ state });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        // A programme that ended has a closed workflow: say so rather than "not found".
        const row = await this.programmes.findById(programmeId);
        return err({ kind: row ? 'PROGRAMME_ENDED' : 'PROGRAMME_NOT_FOUND', programmeId });
      }
      const violation = violationOf(error);
      if (violation) return err({ kind: 'STEP_REFUSED', violation });
      throw error;
    }
  }

  /**
   * Issue 14: a programme's own webhook may not point into the network the worker runs in (private,
   * loopback, link-local, … unless WEBHOOK_ALLOWED_HOSTS allows it), nor use http in production.
   * The worker checks again at every delivery (DNS may change); a name that does not resolve yet
   * passes here and is retried there.
   */
  private async refusedWebhook(url: string | undefined): Promise<string | undefined> {
    if (url === undefined || url === '' || !URL.canParse(url)) return undefined;
    const target = await resolveWebhookTarget(new URL(url), this.webhookPolicy);
    return target.ok === false ? target.reason : undefined;
  }

  /** One programme: the municipality's latest, or the one with this id; exactly one must be given. */
  async lookup(
    caller: Principal,
    { municipalityCode, id }: ProgrammeLookupArgs,
  ): Promise<Result<ProgrammeRecord | null, ProgrammeFailure>> {
    if (id !== undefined && municipalityCode === undefined)
      return ok(await this.findById(await this.members.withMemberships(caller), id));
    if (municipalityCode !== undefined && id === undefined) return this.findLatest(caller, municipalityCode);
    return err({ kind: 'AMBIGUOUS_LOOKUP' });
  }

  /** The municipality's latest programme from the read model, or null if it never had one. */
  private async findLatest(
    caller: Principal,
    rawCode: string,
  ): Promise<Result<ProgrammeRecord | null, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    // Checked after the input, so a malformed code is answered without the database.
    const principal = await this.members.withMemberships(caller);
    // One query when a programme exists (it joins its municipality); only without one do we
    // look the municipality up, to tell "no programme yet" from "no such municipality".
    if (!mayKnowMunicipality(principal, parsed.value)) return err({ kind: 'UNKNOWN_MUNICIPALITY', code: parsed.value });
    const row = await this.programmes.findLatestHead(parsed.value);
    if (row && !maySee(principal, row.id)) return ok(null);
    if (!row?.municipality) {
      const found = await this.findMunicipality(parsed.value);
      return found.ok ? ok(null) : found;
    }
    return ok(await this.recordOf(row));
  }

  /**
   * Issue 18.1: the state of a programme row read without it (a head), parsed once per version
   * (ProgrammeCache); the state JSON is read only when the cache does not hold the head's version.
   */
  private async recordOf(head: ProgrammeHead): Promise<ProgrammeRecord | null> {
    let cached = this.states.get(head.id, head.version);
    if (!cached) {
      const stored = await this.programmes.stateAt(head.id);
      if (!stored) return null;
      cached = this.states.put(head.id, stored.version, stored.state);
    }
    return { state: cached.state, municipality: head.municipality ?? null, cached };
  }

  /**
   * C1: the member codes of a collective, each a known, current municipality (MALFORMED / UNKNOWN /
   * merged otherwise), checked once each and never the lead (`checkMembersAtStart`, RULE_VIOLATION C1).
   */
  private async collectiveMembers(lead: string, raw: readonly string[]): Promise<Result<string[], ProgrammeFailure>> {
    const codes: string[] = [];
    for (const input of raw) {
      const parsed = parseMunicipalityCode(input);
      if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input });
      const found = await this.findMunicipality(parsed.value);
      if (!found.ok) return found;
      const merged = await mergedMunicipalityFailure(this.dataSource, found.value, Date.now());
      if (merged) return err(merged);
      codes.push(found.value.code);
    }
    const wrong = lead === '' ? undefined : checkMembersAtStart(lead, codes);
    return wrong ? err({ kind: 'STEP_REFUSED', violation: wrong }) : ok(codes);
  }

  /** C1: the first of these municipalities that takes part in a running programme (read model), as a failure. */
  private async takesPartElsewhere(codes: readonly string[]): Promise<Result<never, ProgrammeFailure> | undefined> {
    const [busy] = await this.programmes.takingPart(codes);
    if (!busy) return undefined;
    const found = await this.findMunicipality(busy.municipalityCode);
    const name = found.ok ? found.value.name : busy.municipalityCode;
    return err({
      kind: 'TAKES_PART_ELSEWHERE',
      municipality: { code: busy.municipalityCode, name },
      programmeId: busy.programmeId,
      role: busy.role,
    });
  }

  /** One programme by id, if the caller may see it. */
  private async findById(principal: Principal, programmeId: string): Promise<ProgrammeRecord | null> {
    if (!maySee(principal, programmeId)) return null;
    const row = await this.programmes.findHeadById(programmeId);
    return row ? this.recordOf(row) : null;
  }

  /** The `programmes` connection: filtered, sorted, one page after the cursor, each edge with its cursor. */
  async connection(
    principal: Principal,
    args: ProgrammesArgs,
    ctx: GqlContext,
  ): Promise<Result<ProgrammeConnection, ProgrammeFailure>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    if (after && !after.ok) return after;
    const sort: ProgrammeSort = args.orderBy?.field ?? 'STARTED_AT';
    const f = args.filter ?? {};
    // P1: "my role" narrows to the programmes where the person holds it (a programme manager's portfolio).
    const within = f.myRole ? await this.members.programmesWithRole(principal, f.myRole) : undefined;
    const page = await this.page(principal, {
      filter: {
        ...(f.phases ? { phases: f.phases } : {}),
        ...(f.statuses ? { statuses: f.statuses } : {}),
        ...(f.province ? { province: f.province } : {}),
        ...(f.schoolHolidayRegion ? { schoolHolidayRegion: f.schoolHolidayRegion.toLowerCase() } : {}),
        ...(f.veiligThuisRegion ? { veiligThuisRegion: f.veiligThuisRegion } : {}),
        ...(f.municipalityCode ? { municipalityCode: f.municipalityCode } : {}),
        ...(f.riskFlag ? { riskFlag: f.riskFlag } : {}),
        ...(f.minOpenEscalationLevel !== undefined ? { minOpenEscalationLevel: f.minOpenEscalationLevel } : {}),
        ...(f.latestPerMunicipality ? { latestPerMunicipality: true } : {}),
      },
      sort,
      direction: args.orderBy?.direction ?? 'DESC',
      first: args.first,
      ...(after ? { after: after.value } : {}),
      ...(within ? { within } : {}),
    });
    const names =
      sort === 'MUNICIPALITY_NAME'
        ? new Map(
            (await this.municipalityLoader(ctx).loadMany(page.records.map((r) => r.row.municipalityCode)))
              .filter((m): m is MunicipalityEntity => m instanceof MunicipalityEntity)
              .map((m) => [m.code, m.name]),
          )
        : undefined;
    return ok({
      edges: page.records.map(({ row, state }) => ({
        cursor: encodeCursor(ProgrammeReadModel.sortValue(row, sort, names?.get(row.municipalityCode)), row.id),
        state,
      })),
      hasNextPage: page.hasNextPage,
      totalCount: page.totalCount,
    });
  }

  /** A page of the programmes the caller may see (also the CSV export's), or of those `within` they may see. */
  async page(caller: Principal, { within, ...query }: Omit<ProgrammePageQuery, 'scope'> & { within?: string[] }) {
    const principal = await this.members.withMemberships(caller);
    const scope = within
      ? { municipalityCodes: [], programmeIds: within.filter((id) => maySee(principal, id)) }
      : scopeOf(principal);
    const page = await this.programmes.page({ ...query, scope });
    return { ...page, records: page.rows.map((row) => ({ row, state: programmeStateOf(row) })) };
  }

  /** The request's batch loader of municipalities: one `IN (…)` query for all codes asked together. */
  municipalityLoader(ctx: GqlContext): DataLoader<string, MunicipalityEntity | null> {
    ctx.loaders.municipality ??= new DataLoader(async (codes: readonly string[]) => {
      const rows = await this.dataSource.getRepository(MunicipalityEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((m) => [m.code, m]));
      return codes.map((c) => byCode.get(c) ?? null);
    });
    return ctx.loaders.municipality;
  }

  private async findMunicipality(code: string): Promise<Result<MunicipalityEntity, ProgrammeFailure>> {
    const municipality = await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
    if (!municipality) return err({ kind: 'UNKNOWN_MUNICIPALITY', code });
    return ok(municipality);
  }
}
