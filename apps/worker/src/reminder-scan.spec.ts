import { describe, expect, it, vi } from 'vitest';
import type { ReminderScanRun } from '../../../libs/activities/src';
import { startReminderScan as sut } from './reminder-scan';

// The worker's reminder scan (issue 16): at once, then every REMINDER_SCAN_MS, one at a time; a
// failed scan is logged and retried at the next tick; stop() ends it on shutdown.

const RUN: ReminderScanRun = { programmes: 1, due: 1, queued: 1, alreadyQueued: 0, skipped: 0 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reminder scan', () => {
  it('scans at once and then every interval until stopped', async () => {
    let scans = 0;
    const logged: string[] = [];
    const scan = sut({ scan: async () => (scans++, RUN) }, 20, {
      info: (_o, msg) => logged.push(msg),
      warn: (_o, msg) => logged.push(msg),
    });
    // Three scans come one interval apart; on a loaded machine the timers may run late.
    await vi.waitFor(() => expect(scans).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 10 });
    await scan.stop();
    const after = scans;
    await sleep(60);
    expect(scans).toBe(after);
    expect(logged[0]).toBe('reminders queued');
  });

  it('a failed scan is logged and the next tick scans again', async () => {
    let scans = 0;
    const warnings: string[] = [];
    const scan = sut(
      {
        scan: async () => {
          scans++;
          if (scans === 1) throw new Error('database away');
          return { ...RUN, queued: 0 };
        },
      },
      10,
      { info: () => undefined, warn: (_o, msg) => warnings.push(msg) },
    );
    await vi.waitFor(() => expect(scans).toBeGreaterThanOrEqual(2), { timeout: 5000, interval: 10 });
    await scan.stop();
    expect(warnings).toEqual(['reminder scan failed; tried again at the next tick']);
  });

  it('stop waits for a running scan to finish', async () => {
    let finished = false;
    const scan = sut({ scan: async () => (await sleep(40), (finished = true), RUN) }, 1000);
    await sleep(5);
    await scan.stop();
    expect(finished).toBe(true);
  });
});
