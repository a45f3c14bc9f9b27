import { reminderOffsetsSentence } from '../../../../libs/domain/src';
import { reminderOffsetsChangeOf, type DirectoryEventEntity } from '../../../../libs/persistence/src';

/** The programme timeline's line for a `reminderOffsetsChanged` directory event (issue 16). */
export function reminderOffsetsSummary(e: Pick<DirectoryEventEntity, 'event' | 'details'>, lang: 'nl' | 'en'): string {
  const change = reminderOffsetsChangeOf(e);
  if (change) return reminderOffsetsSentence(change, lang);
  return lang === 'nl' ? 'Herinneringen aangepast.' : 'Reminders changed.';
}
