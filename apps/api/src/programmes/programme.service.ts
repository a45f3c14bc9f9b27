import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  programmeUpdates,
  type ProgrammeLifecycleInput,
} from '../../../../libs/contracts/src';
import {
  checkStartedOn,
  err,
  isProgrammeRunning,
  type CommandPayloads,
  type CommandType,
  type MunicipalityCode,
  ok,
  parseMunicipalityCode,
  programmeWorkflowId,
  type ProgrammeSnapshot,
  type ProgrammeState,
  type ProgrammeView,
  type Result,
} from '../../../../libs/domain/src';
import { MunicipalityEntity, ProgrammeReadModel, type ProgrammeEntity, type ProgrammePageQuery } from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { UserFacingError } from '../common/graphql-errors';
import type { GqlContext } from '../common/request-context';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { actorFor, mayKnowMunicipality, maySee, mayStart, scopeOf } from './access';
import { lifecycleError, programmeEnded, programmeNotFound } from './lifecycle.errors';
import { programmeStartOptions } from './start-options';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The Temporal update id of a step sent with an `Idempotency-Key`: the same key from the same
 * caller for the same step of the same programme is the same update, taken once however often
 * it is sent. Hashed, so the id carries no token subject.
 */
export function stepUpdateId(principal: Principal, programmeId: string, type: CommandType, key: string): string {
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new UserFacingError(
      'VALIDATION_FAILED',
      {
        nl: 'De Idempotency-Key is ongeldig: gebruik 1 tot 200 zichtbare tekens zonder spaties, bijvoorbeeld een UUID.',
        en: 'The Idempotency-Key is invalid: use 1 to 200 visible characters without spaces, for example a UUID.',
      },
      { details: { header: 'Idempotency-Key' } },
    );
  }
  const digest = createHash('sha256').update(JSON.stringify([principal.role, principal.subject, programmeId, type, key])).digest('base64url');
  return `step-${digest}`;
}

/** Expected reasons a programme request fails; the resolver maps each to a GraphQL error. */
export type ProgrammeFailure =
  | { kind: 'MALFORMED_MUNICIPALITY_CODE'; input: string }
  | { kind: 'UNKNOWN_MUNICIPALITY'; code: string }
  | { kind: 'ALREADY_RUNNING'; municipality: MunicipalityEntity; programmeId: string; phase: string }
  | { kind: 'INVALID_START_DATE'; startedOn: string; message: string };

/** A programme as a resolver needs it: its state and, when loaded, its municipality. */
export interface ProgrammeRecord {
  state: ProgrammeSnapshot | ProgrammeState | ProgrammeView;
  municipality?: MunicipalityEntity | null;
}

const stateOf = (row: ProgrammeEntity): ProgrammeSnapshot | ProgrammeState => JSON.parse(row.state) as ProgrammeState;

@Injectable()
export class ProgrammeService {
  private readonly programmes: ProgrammeReadModel;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {
    this.programmes = new ProgrammeReadModel(dataSource);
  }

  /** Starts the municipality's programme workflow; at most one runs per municipality. */
  async start(principal: Principal, rawCode: string, startedOn?: string): Promise<Result<ProgrammeRecord, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    // Checked here as the workflow will check it, so a wrong date never starts a workflow.
    const wrongDate = startedOn === undefined ? undefined : checkStartedOn(startedOn, Date.now());
    if (startedOn !== undefined && wrongDate) return err({ kind: 'INVALID_START_DATE', startedOn, message: wrongDate.message });
    // Another tenant's municipality is answered like an unknown one: nothing crosses the boundary.
    if (!mayKnowMunicipality(principal, parsed.value)) return err({ kind: 'UNKNOWN_MUNICIPALITY', code: parsed.value });
    const found = await this.findMunicipality(parsed.value);
    if (!found.ok) return found;
    const municipality = found.value;

    const latest = await this.programmes.findLatest(municipality.code);
    if (latest && isProgrammeRunning(latest.status)) {
      return err({ kind: 'ALREADY_RUNNING', municipality, programmeId: latest.id, phase: latest.phase });
    }
    const sequence = (latest?.sequence ?? 0) + 1;
    // Codes in the read model were validated when the reference data was loaded.
    const programmeId = programmeWorkflowId(municipality.code as MunicipalityCode, sequence);
    if (!mayStart(principal, municipality.code, programmeId)) {
      throw new UserFacingError(
        'FORBIDDEN',
        {
          nl: `U mag het volgende programma van ${municipality.name} (${programmeId}) niet starten: het is niet aan u toegewezen.`,
          en: `You may not start ${municipality.name}'s next programme (${programmeId}): it is not assigned to you.`,
        },
        { details: { programmeId } },
      );
    }
    const input: ProgrammeLifecycleInput & { province: string } = {
      programmeId,
      municipalityCode: municipality.code,
      sequence,
      province: municipality.province,
      schoolHolidayRegion: municipality.schoolHolidayRegion,
      ...(startedOn !== undefined ? { startedOn } : {}),
    };
    try {
      const handle = await this.temporal.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, programmeStartOptions(input));
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
    principal: Principal,
    programmeId: string,
    type: T,
    payload: CommandPayloads[T],
    actingAs?: string,
    idempotencyKey?: string,
  ): Promise<ProgrammeRecord> {
    if (!maySee(principal, programmeId)) throw programmeNotFound(programmeId);
    const actor = actorFor(principal, actingAs);
    const updateId = idempotencyKey === undefined ? undefined : stepUpdateId(principal, programmeId, type, idempotencyKey);
    const handle = this.temporal.workflow.getHandle(programmeId);
    try {
      if (type === 'acknowledgeEscalation') await this.requireNationalForLevel3(principal, handle, payload as CommandPayloads['acknowledgeEscalation']);
      const state = await handle.executeUpdate(programmeUpdates[type], { args: [{ ...payload, actor } as never], ...(updateId ? { updateId } : {}) });
      return { state };
    } catch (error) {
      if (error instanceof UserFacingError) throw error;
      if (error instanceof WorkflowNotFoundError) {
        // A programme that ended has a closed workflow: say so rather than "not found".
        const row = await this.programmes.findById(programmeId);
        throw row ? programmeEnded(programmeId) : programmeNotFound(programmeId);
      }
      throw lifecycleError(error, programmeId) ?? error;
    }
  }

  /** Level-3 escalations go to the kwartiermakers; only they acknowledge them (national operation). */
  private async requireNationalForLevel3(
    principal: Principal,
    handle: ReturnType<Client['workflow']['getHandle']>,
    payload: CommandPayloads['acknowledgeEscalation'],
  ): Promise<void> {
    if (principal.role === 'KWARTIERMAKER') return;
    const view = await handle.query(getProgrammeStateQuery);
    const escalation = view.escalations.find((e) => e.id === payload.escalationId);
    if (escalation?.level === 3) {
      throw new UserFacingError('FORBIDDEN', {
        nl: 'Een escalatie op niveau 3 (landelijk) wordt afgehandeld door een kwartiermaker.',
        en: 'A level-3 (national) escalation is acknowledged by a kwartiermaker.',
      });
    }
  }

  /** The municipality's latest programme from the read model, or null if it never had one. */
  async findLatest(principal: Principal, rawCode: string): Promise<Result<ProgrammeRecord | null, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    // One query when a programme exists (it joins its municipality); only without one do we
    // look the municipality up, to tell "no programme yet" from "no such municipality".
    if (!mayKnowMunicipality(principal, parsed.value)) return err({ kind: 'UNKNOWN_MUNICIPALITY', code: parsed.value });
    const row = await this.programmes.findLatest(parsed.value);
    if (row && !maySee(principal, row.id)) return ok(null);
    if (!row?.municipality) {
      const found = await this.findMunicipality(parsed.value);
      return found.ok ? ok(null) : found;
    }
    return ok({ state: stateOf(row), municipality: row.municipality });
  }

  /** One programme by id, if the caller may see it. */
  async findById(principal: Principal, programmeId: string): Promise<ProgrammeRecord | null> {
    if (!maySee(principal, programmeId)) return null;
    const row = await this.programmes.findById(programmeId);
    return row ? { state: stateOf(row), municipality: row.municipality ?? null } : null;
  }

  /** A page of the programmes the caller may see. Municipalities are loaded by the resolver's batch loader. */
  async page(principal: Principal, query: Omit<ProgrammePageQuery, 'scope'>) {
    const page = await this.programmes.page({ ...query, scope: scopeOf(principal) });
    return { ...page, records: page.rows.map((row) => ({ row, state: stateOf(row) })) };
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
