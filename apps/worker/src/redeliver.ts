import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { redeliverEscalationsSignal } from '../../../libs/contracts/src';
import { EscalationOutboxEntity } from '../../../libs/persistence/src';

/**
 * A worker that starts with ESCALATION_WEBHOOK_URL tells every programme whose escalations wait as
 * NO_CHANNEL (from the read model) to try again: they are delivered at once instead of waiting
 * until the programme's own webhook is set. Answers how many programmes were told.
 */
export async function redeliverWaitingEscalations(client: Client, dataSource: DataSource): Promise<number> {
  const rows: Array<{ programmeId: string }> = await dataSource
    .getRepository(EscalationOutboxEntity)
    .createQueryBuilder('e')
    .select('e.programmeId', 'programmeId')
    .distinct(true)
    .where('e.deliveryStatus = :status', { status: 'NO_CHANNEL' })
    .getRawMany();
  let told = 0;
  for (const { programmeId } of rows) {
    try {
      await client.workflow.getHandle(programmeId).signal(redeliverEscalationsSignal);
      told++;
    } catch (error) {
      // Ended since the read model saw it: nothing left to deliver there.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
  return told;
}
