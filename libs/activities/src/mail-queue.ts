import { In, type DataSource } from 'typeorm';
import { MailOutboxEntity } from '../../persistence/src';

/** Which of these Message-IDs the outbox holds already (looked up 500 at a time). */
export async function existingMessageIds(dataSource: DataSource, messageIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(messageIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await dataSource.manager.find(MailOutboxEntity, {
      select: { messageId: true },
      where: { messageId: In(unique.slice(i, i + 500)) },
    });
    for (const r of rows) found.add(r.messageId);
  }
  return found;
}

/**
 * The instant from which the worker mails people (escalations, reminders, session invitations):
 * stored once by migration 1763920000009-EscalationMail, so an upgrade never mails what happened
 * before it. Undefined when the setting is missing (nothing is mailed then).
 */
export async function readMailCutoff(dataSource: DataSource): Promise<string | undefined> {
  const row = await dataSource
    .createQueryBuilder()
    .select('s.value', 'value')
    .from('app_setting', 's')
    .where('s.name = :name', { name: 'escalation-mail-since' })
    .getRawOne<{ value: string }>();
  return row?.value;
}
