import { readFileSync } from 'node:fs';
import type { ProgrammeState } from '../../libs/domain/src';

/**
 * Issue 18.2: the whole states a recorded history's `projectProgramme` tasks carried, in order
 * (histories recorded before the projection delta send the whole state every time).
 */
export function projectedStatesOf(historyFile: string): ProgrammeState[] {
  const history = JSON.parse(readFileSync(historyFile, 'utf8')) as {
    events: Array<{
      activityTaskScheduledEventAttributes?: {
        activityType: { name: string };
        input: { payloads: Array<{ data: string }> };
      };
    }>;
  };
  return history.events.flatMap((e) => {
    const a = e.activityTaskScheduledEventAttributes;
    if (a?.activityType.name !== 'projectProgramme') return [];
    return [JSON.parse(Buffer.from(a.input.payloads[0]!.data, 'base64').toString('utf8')) as ProgrammeState];
  });
}
