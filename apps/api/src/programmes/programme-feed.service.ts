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
  projected_at: string;
}

/**
 * How far back each look reaches behind the newest write it has seen: a projection that commits
 * after a later one (several workers, a slow transaction) is still found. Writes are compared by
 * version, so a row seen again raises nothing.
 */
export const FEED_LOOKBACK_MS = 60_000;

/**
 * Turns read-model changes into subscription events. Programmes change in the worker (timers,
 * deliveries) as well as through this API, and the read model is where both arrive, so the feed
 * polls it: rows written (`projected_at`) since shortly before the last look, compared by
 * version, escalations compared by status. What was written before start-up raises no events.
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
        const rows = (await this.dataSource.query('SELECT id, version, projected_at FROM programme')) as Row[];
        for (const row of rows) this.versions.set(row.id, Number(row.version));
        this.watermark = rows.reduce((max, r) => (r.projected_at > max ? r.projected_at : max), '');
        const [newest] = (await this.dataSource.query('SELECT MAX(updated_at) AS latest FROM programme')) as Array<{
          latest: string | null;
        }>;
        this.baseline = newest?.latest ?? '';
        return;
      }
      const since = this.watermark === '' ? '' : new Date(Date.parse(this.watermark) - FEED_LOOKBACK_MS).toISOString();
      const changed = (
        (await this.query('SELECT id, version, projected_at FROM programme WHERE projected_at >= :since', {
          since,
        })) as Row[]
      ).filter((row) => (this.versions.get(row.id) ?? 0) < Number(row.version));
      for (const row of changed) if (row.projected_at > this.watermark) this.watermark = row.projected_at;
      if (changed.length === 0) return;
      // The states of the changed rows only, oldest write first.
      const states = (await this.query('SELECT id, version, state FROM programme WHERE id IN (:...ids)', {
        ids: changed.map((r) => r.id),
      })) as Array<{
        id: string;
        version: number;
        state: string;
      }>;
      const order = new Map(
        changed.sort((a, b) => (a.projected_at < b.projected_at ? -1 : 1)).map((r, i) => [r.id, i]),
      );
      states.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      for (const row of states) {
        if ((this.versions.get(row.id) ?? 0) >= Number(row.version)) continue;
        this.versions.set(row.id, Number(row.version));
        const state = JSON.parse(row.state) as ProgrammeState;
        this.publish(PROGRAMME_CHANGED, { programmeChanged: toProgrammeModel(state) });
        for (const escalation of state.escalations ?? []) {
          // Unseen since start-up: its timestamps tell whether it is news.
          const before = this.escalations.get(escalation.id) ?? this.statusAtBaseline(escalation);
          this.escalations.set(escalation.id, escalation.status);
          const event: EscalationEvent = {
            programmeId: state.programmeId,
            municipalityCode: state.municipalityCode,
            escalation,
          };
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

  private query(sql: string, values: Record<string, unknown>): Promise<unknown> {
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    return this.dataSource.query(query, params);
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
