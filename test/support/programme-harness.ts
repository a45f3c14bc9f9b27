import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import {
  createEscalationActivities,
  createReadModelActivities,
  type EscalationMailOptions,
} from '../../libs/activities/src';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  programmeUpdates,
  type ProgrammeLifecycleInput,
} from '../../libs/contracts/src';
import {
  startOfAmsterdamDay,
  type Actor,
  type CommandPayloads,
  type CommandType,
  type Escalation,
  type ProgrammeView,
  type ViolationId,
} from '../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { workflowBundle } from './temporal';
import { WebhookReceiver } from './webhook-receiver';
import { temporalDataConverter } from '../../libs/platform/src';

export const PROJECT_LEAD: Actor = { role: 'PROJECT_LEAD', name: 'Projectleider' };
export const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD', name: 'Wethouder' };
export const KWARTIERMAKER: Actor = { role: 'KWARTIERMAKER' };

let taskQueueSeq = 0;

/**
 * Whether an escalation was raised by its own timer at its due instant. The test server's clock
 * also runs on in real time while a test works, so "at" allows a few seconds.
 */
export function firedOnTime(e: Escalation): boolean {
  const late = Date.parse(e.raisedAt) - Date.parse(e.dueAt);
  return late >= 0 && late < 5_000;
}

/**
 * A real worker (bundled workflows, real activities: SQLite read model and webhook delivery to a
 * local receiver) on a time-skipping test server, and a driver per programme.
 */
export class ProgrammeHarness {
  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly taskQueue: string,
    readonly dataSource: DataSource,
    readonly webhook: WebhookReceiver,
    private readonly worker: Worker,
    private readonly running: Promise<void>,
    private readonly dir: string,
  ) {}

  /** `escalationMail`: the projection also queues escalation e-mail (P3) in the read model's mail outbox. */
  static async create(
    env: TestWorkflowEnvironment,
    options: {
      escalationMail?: EscalationMailOptions;
      workflowBundle?: WorkflowBundleWithSourceMap;
      /** How many workflows the worker caches (the SDK's default when not given). */
      maxCachedWorkflows?: number;
    } = {},
  ): Promise<ProgrammeHarness> {
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-wf-'));
    const dataSource = await openDataSource({ url: join(dir, 'read-model.sqlite') });
    await migrate(dataSource);
    const webhook = await WebhookReceiver.start();
    const taskQueue = `programmes-test-${process.pid}-${++taskQueueSeq}`;
    const bundle = options.workflowBundle ?? (await workflowBundle());
    const { maxCachedWorkflows } = options;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      dataConverter: temporalDataConverter,
      taskQueue,
      workflowBundle: bundle,
      ...(maxCachedWorkflows !== undefined ? { maxCachedWorkflows } : {}),
      // On a loaded machine the default 10 s lets a workflow task fall off the sticky queue and be
      // replayed from scratch, which the time-skipping server's histories do not survive after an
      // Update cancelled a timer (TMPRL1100, docs/testing.md); the real servers are not affected.
      stickyQueueScheduleToStartTimeout: '60s',
      activities: {
        ...createReadModelActivities({
          dataSource,
          ...(options.escalationMail ? { escalationMail: options.escalationMail } : {}),
        }),
        ...createEscalationActivities({ globalWebhookUrl: webhook.url, timeoutMs: 5000 }),
      },
    });
    const running = worker.run();
    return new ProgrammeHarness(env, taskQueue, dataSource, webhook, worker, running, dir);
  }

  get readModel(): ProgrammeReadModel {
    return new ProgrammeReadModel(this.dataSource);
  }

  async start(
    municipalityCode: string,
    options: Partial<Omit<ProgrammeLifecycleInput, 'municipalityCode'>> = {},
  ): Promise<ProgrammeDriver> {
    const sequence = options.sequence ?? 1;
    const programmeId = `programme-${municipalityCode}-${sequence}`;
    const input: ProgrammeLifecycleInput = {
      programmeId,
      municipalityCode,
      sequence,
      province: 'Limburg',
      schoolHolidayRegion: 'zuid',
      ...options,
    };
    const handle = await this.env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId: programmeId,
      args: [input],
    });
    return new ProgrammeDriver(this, handle);
  }

  /** Skips time on the test server until the Amsterdam local date-time given (e.g. '2027-03-15', '10:00'). */
  async sleepUntil(date: string, time = '00:00'): Promise<void> {
    const [h, m] = time.split(':').map(Number);
    const target = startOfAmsterdamDay(date) + ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
    const now = await this.env.currentTimeMs();
    if (target < now) throw new Error(`test clock is already past ${date} ${time}`);
    await this.env.sleep(target - now);
  }

  async now(): Promise<number> {
    return this.env.currentTimeMs();
  }

  async dispose(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.webhook.close();
    await this.dataSource.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class ProgrammeDriver {
  constructor(
    readonly harness: ProgrammeHarness,
    readonly handle: WorkflowHandleWithFirstExecutionRunId,
  ) {}

  get id(): string {
    return this.handle.workflowId;
  }

  view(): Promise<ProgrammeView> {
    return this.handle.query(getProgrammeStateQuery);
  }

  /** Takes a human step through its Temporal Update; resolves with the new view. */
  step<T extends CommandType>(
    type: T,
    payload: CommandPayloads[T],
    actor: Actor = PROJECT_LEAD,
  ): Promise<ProgrammeView> {
    const definition = programmeUpdates[type];
    return this.handle.executeUpdate(definition, { args: [{ ...payload, actor } as never] });
  }

  /** Takes a step that must be refused; returns the failure (its `type` is the rule id). */
  async refused<T extends CommandType>(
    type: T,
    payload: CommandPayloads[T],
    actor: Actor = PROJECT_LEAD,
  ): Promise<{ ruleId: ViolationId; message: string; details: unknown }> {
    try {
      await this.step(type, payload, actor);
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        return {
          ruleId: error.cause.type as ViolationId,
          message: error.cause.message,
          details: error.cause.details?.[0],
        };
      }
      throw error;
    }
    throw new Error(`${type} was accepted but should have been refused`);
  }

  // -- shortcuts through the phases (each step is a rule-checked update) -------------------------

  async commit(lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL'): Promise<ProgrammeView> {
    await this.step('designateAdministrativeLead', { name: 'Wethouder Jeugd' });
    await this.step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' });
    await this.step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' });
    await this.step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' });
    await this.step('appointProjectLead', { kind: lead });
    return this.step('confirmCommitment', {}, ALDERMAN);
  }

  /** Drafts and adopts an agenda; `withTraining` adds the EXPERTISE theme (R3.1 training track). */
  async adoptAgenda(withTraining: boolean): Promise<ProgrammeView> {
    await this.step('recordBottleneck', { description: 'Signalen worden niet gedeeld', domain: 'CARE' });
    await this.step('recordBottleneck', { description: 'Leerkrachten herkennen signalen niet', domain: 'EDUCATION' });
    await this.step('recordBottleneck', { description: 'Zorg en straf werken langs elkaar', domain: 'JUSTICE' });
    await this.step('selectTheme', { theme: 'COLLABORATION' });
    await this.step('addAction', {
      title: 'Zorg-straf-overleg',
      theme: 'COLLABORATION',
      ownerOrganisation: 'Veilig Thuis',
    });
    if (withTraining) {
      await this.step('selectTheme', { theme: 'EXPERTISE' });
      await this.step('addAction', {
        title: 'Scholing leerkrachten',
        theme: 'EXPERTISE',
        ownerOrganisation: 'Stichting Onderwijs',
        aimedAtSchools: true,
      });
      await this.confirmSupport('Stichting Onderwijs');
    }
    await this.confirmSupport('Veilig Thuis');
    return this.step('adoptAgenda', {}, ALDERMAN);
  }

  async confirmSupport(organisation: string): Promise<void> {
    await this.step('confirmSupport', { organisation, level: 'PROFESSIONAL' });
    await this.step('confirmSupport', { organisation, level: 'MANAGEMENT' });
  }

  async readModelRow() {
    return this.harness.readModel.findLatest(this.id.split('-')[1]!);
  }
}
