import { isPossibleElectionDay } from '../../../../libs/domain/src';

/**
 * R1.6: `OLIEVLEK_NEXT_ELECTION_DAY` (YYYY-MM-DD, a Wednesday in March after 2026) replaces the
 * provisional next municipal election day of libs/domain/src/calendar/elections.data.ts for
 * programmes started from then on; each programme keeps the day it started with, so its history
 * replays the same. Unset: the default (2030-03-20). A wrong value stops the API at start.
 */
export function nextElectionDayFrom(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.OLIEVLEK_NEXT_ELECTION_DAY?.trim();
  if (!value) return undefined;
  if (!isPossibleElectionDay(value))
    throw new Error(`OLIEVLEK_NEXT_ELECTION_DAY must be a Wednesday in March after 2026 (YYYY-MM-DD), not '${value}'`);
  return value;
}
