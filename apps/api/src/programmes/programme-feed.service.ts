import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSub } from 'mercurius';
import type { DataSource } from 'typeorm';
import type { Escalation, ProgrammeState } from '../../../../libs/domain/src';
import { API_CONFIG, type ApiConfig } from '../config';
import { toProgrammeModel } from './programme.mapper';
import type { ProgrammeModel } from './programme.model';

export const PROGRAMME_CHANGED = 'PROGRAMME_CHANGED';
export const ESCALATION_RAISED = 'ESCALATION_RAISED';
export const ESCALATION_RESOLVED = 'ESCALATION_RESOLVED';

export interface ProgrammeChangedEvent {
  programmeChanged: ProgrammeModel;
}
export interface EscalationEvent {
  programmeId: string;
  municipalityCode: string;
  escalation: Escalation;
}

interface Row {
  id: string;
  version: number;
  updated_at: string;
  state: string;
}

/**
 * Turns read-model changes into subscription events. Programmes change in the worker (timers,
 * deliveries) as well as through this API, and the read model is where both arrive, so the feed
 * polls it: rows whose `updated_at` moved since the last look, compared by version, escalations
 * compared by status. What happened before start-up is the baseline and raises no events.
 */
@Injectable()
export class ProgrammeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(ProgrammeFeed.name);
  private readonly versions = new Map<string, number>();
  private readonly escalations = new Map<string, Escalation['status']>();
  private watermark = '';
  /** The newest change at start-up: escalations raised or resolved after it are news. */
  private baseline: string | undefined;
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.config.feedIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private get pubsub(): PubSub {
    return (this.adapterHost.httpAdapter.getInstance() as { graphql: { pubsub: PubSub } }).graphql.pubsub;
  }

  /** One look at the read model for rows changed since the last look. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      if (this.baseline === undefined) {
        // What happened before start-up is the baseline: look only at later changes. One cheap
        // query, not every programme's state, so start-up stays quick however many there are.
        // If the database is not ready yet, the next look tries again.
        const [latest] = (await this.dataSource.query('SELECT MAX(updated_at) AS latest FROM programme')) as { latest: string | null }[];
        this.baseline = latest?.latest ?? '';
        this.watermark = this.baseline;
        return;
      }
      const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
        'SELECT id, version, updated_at, state FROM programme WHERE updated_at >= :watermark ORDER BY updated_at, id',
        { watermark: this.watermark },
      );
      const rows = (await this.dataSource.query(sql, params)) as Row[];
      for (const row of rows) {
        if (row.updated_at <= (this.baseline ?? '') || (this.versions.get(row.id) ?? 0) >= row.version) continue;
        this.versions.set(row.id, row.version);
        if (row.updated_at > this.watermark) this.watermark = row.updated_at;
        const state = JSON.parse(row.state) as ProgrammeState;
        this.publish(PROGRAMME_CHANGED, { programmeChanged: toProgrammeModel(state) });
        for (const escalation of state.escalations ?? []) {
          // Unseen since start-up: its timestamps tell whether it is news.
          const before = this.escalations.get(escalation.id) ?? this.statusAtBaseline(escalation);
          this.escalations.set(escalation.id, escalation.status);
          const event: EscalationEvent = { programmeId: state.programmeId, municipalityCode: state.municipalityCode, escalation };
          if (before === undefined) this.publish(ESCALATION_RAISED, event);
          if (escalation.status === 'RESOLVED' && before !== 'RESOLVED') this.publish(ESCALATION_RESOLVED, event);
        }
      }
    } catch (error) {
      // The next look retries; the database being away is reported by /health.
      this.log.warn(`programme feed could not read the read model: ${String(error)}`);
    } finally {
      this.polling = false;
    }
  }

  private statusAtBaseline(e: Escalation): Escalation['status'] | undefined {
    const baseline = this.baseline ?? '';
    if (e.raisedAt > baseline) return undefined;
    return e.resolvedAt !== undefined && e.resolvedAt <= baseline ? 'RESOLVED' : 'OPEN';
  }

  private publish(topic: string, payload: unknown): void {
    this.pubsub.publish({ topic, payload }, () => undefined);
  }
}
