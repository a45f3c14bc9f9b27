import { type BeforeApplicationShutdown, Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

type Check = 'up' | 'down';

const HEALTH_TIMEOUT_MS = 2000;

/**
 * `GET /health` and `GET /health/ready`: 200 only when both the database and Temporal answer, else
 * 503 (ready also while shutting down). `GET /health/live`: 200 while the process serves HTTP.
 */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, temporal] = await Promise.all([this.checkDatabase(), this.checkTemporal()]);
    const ok = database === 'up' && temporal === 'up';
    if (!ok) reply.status(503);
    return { status: ok ? 'ok' : 'unavailable', database, temporal };
  }

  // No dependency is checked: a database or Temporal outage must not get the pod restarted.
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    if (this.shuttingDown) {
      reply.status(503);
      return { status: 'shutting down' };
    }
    return this.health(reply);
  }

  /** SIGTERM: not ready from now on; the listener closes after SHUTDOWN_DELAY_MS, in-flight requests finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.config.shutdownDelayMs > 0) await new Promise((r) => setTimeout(r, this.config.shutdownDelayMs));
  }

  private async checkDatabase(): Promise<Check> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async checkTemporal(): Promise<Check> {
    const { connection } = this.temporal;
    const probe = connection.withDeadline(Date.now() + HEALTH_TIMEOUT_MS, async () => {
      await connection.ensureConnected();
      await connection.workflowService.getSystemInfo({});
    });
    // Connecting retries on its own schedule; a health probe must answer within its timeout.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe, timeout]);
      return 'up';
    } catch {
      probe.catch(() => undefined);
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
