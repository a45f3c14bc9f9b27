import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

type Check = 'up' | 'down';

/** `GET /health`: 200 only when both the database and Temporal answer, else 503. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, temporal] = await Promise.all([this.checkDatabase(), this.checkTemporal()]);
    const ok = database === 'up' && temporal === 'up';
    if (!ok) reply.status(503);
    return { status: ok ? 'ok' : 'unavailable', database, temporal };
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
    try {
      const { connection } = this.temporal;
      await connection.withDeadline(Date.now() + 2000, async () => {
        await connection.ensureConnected();
        await connection.workflowService.getSystemInfo({});
      });
      return 'up';
    } catch {
      return 'down';
    }
  }
}
