import { useEffect, useRef } from 'react';

/**
 * Asks a section's own query again when the programme's version changes (the page hears of every
 * change through programmeChanged and reloads its version), not on the first render.
 */
export function useRefreshOnVersion(version: number, refetch: () => void): void {
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    refetch();
  }, [version, refetch]);
}

/** The dates of the API (`YYYY-MM-DD`) as noon UTC, so formatting in Europe/Amsterdam keeps the day. */
export function localDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
