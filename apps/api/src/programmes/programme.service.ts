import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TypedSearchAttributes } from '@temporalio/common';
import {
  getProgrammeStateQuery,
  MUNICIPALITY_CODE_SA,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  PROGRAMME_STATUS_SA,
  PROVINCE_SA,
  PROGRAMMES_TASK_QUEUE,
  type ProgrammeLifecycleInput,
} from '../../../../libs/contracts/src';
import {
  err,
  isProgrammeRunning,
  type MunicipalityCode,
  ok,
  parseMunicipalityCode,
  programmeWorkflowId,
  type ProgrammeSnapshot,
  type Result,
} from '../../../../libs/domain/src';
import { MunicipalityEntity, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** Expected reasons a programme request fails; the resolver maps each to a GraphQL error. */
export type ProgrammeFailure =
  | { kind: 'MALFORMED_MUNICIPALITY_CODE'; input: string }
  | { kind: 'UNKNOWN_MUNICIPALITY'; code: string }
  | { kind: 'ALREADY_RUNNING'; municipality: MunicipalityEntity; programmeId: string; phase: string };

export interface ProgrammeView {
  snapshot: Pick<
    ProgrammeSnapshot,
    'programmeId' | 'municipalityCode' | 'sequence' | 'phase' | 'status' | 'startedAt' | 'updatedAt'
  >;
  municipality: MunicipalityEntity;
}

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
  async start(rawCode: string): Promise<Result<ProgrammeView, ProgrammeFailure>> {
    const found = await this.findMunicipality(rawCode);
    if (!found.ok) return found;
    const municipality = found.value;

    const latest = await this.programmes.findLatest(municipality.code);
    if (latest && isProgrammeRunning(latest.status)) {
      return err({ kind: 'ALREADY_RUNNING', municipality, programmeId: latest.id, phase: latest.phase });
    }
    const sequence = (latest?.sequence ?? 0) + 1;
    // Codes in the read model were validated when the reference data was loaded.
    const programmeId = programmeWorkflowId(municipality.code as MunicipalityCode, sequence);
    const input: ProgrammeLifecycleInput = {
      programmeId,
      municipalityCode: municipality.code,
      sequence,
      province: municipality.province,
      schoolHolidayRegion: municipality.schoolHolidayRegion,
    };
    try {
      // The workflow id carries the business key, so two concurrent starts cannot both succeed
      // even before the read model shows the first one.
      const handle = await this.temporal.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
        taskQueue: PROGRAMMES_TASK_QUEUE,
        workflowId: programmeId,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        // Visible in `temporal workflow list` from the first moment; the workflow keeps them current.
        typedSearchAttributes: new TypedSearchAttributes([
          { key: MUNICIPALITY_CODE_SA, value: municipality.code },
          { key: PROVINCE_SA, value: municipality.province },
          { key: PHASE_SA, value: 'COMMITMENT' },
          { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
          { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
        ]),
      });
      const snapshot = await handle.query(getProgrammeStateQuery);
      return ok({ snapshot, municipality });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        return err({ kind: 'ALREADY_RUNNING', municipality, programmeId, phase: 'COMMITMENT' });
      }
      throw error;
    }
  }

  /** The municipality's latest programme from the read model, or null if it never had one. */
  async findLatest(rawCode: string): Promise<Result<ProgrammeView | null, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    // One query when a programme exists (it joins its municipality); only without one do we
    // look the municipality up, to tell "no programme yet" from "no such municipality".
    const row = await this.programmes.findLatest(parsed.value);
    if (!row?.municipality) {
      const found = await this.findMunicipality(parsed.value);
      return found.ok ? ok(null) : found;
    }
    return ok({
      municipality: row.municipality,
      snapshot: {
        programmeId: row.id,
        municipalityCode: row.municipalityCode,
        sequence: row.sequence,
        phase: row.phase,
        status: row.status,
        startedAt: row.startedAt,
        updatedAt: row.updatedAt,
      },
    });
  }

  private async findMunicipality(rawCode: string): Promise<Result<MunicipalityEntity, ProgrammeFailure>> {
    const parsed = parseMunicipalityCode(rawCode);
    if (!parsed.ok) return err({ kind: 'MALFORMED_MUNICIPALITY_CODE', input: rawCode });
    const municipality = await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code: parsed.value });
    if (!municipality) return err({ kind: 'UNKNOWN_MUNICIPALITY', code: parsed.value });
    return ok(municipality);
  }
}
