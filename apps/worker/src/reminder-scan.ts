import type { ReminderMailer, ReminderScanRun } from '../../../libs/activities/src';

export interface ReminderScan {
  /** No scan starts after this; answers once a running scan has finished. */
  stop(): Promise<void>;
}

interface ScanLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * Reminders before deadlines (issue 16): scans at once and then every `intervalMs`, one scan at a
 * time. Every worker runs one; the reminders' Message-IDs make a second worker's scan a no-op.
 * A failed scan (the database away) is logged and tried again at the next tick.
 */
export function startReminderScan(
  mailer: Pick<ReminderMailer, 'scan'>,
  intervalMs: number,
  log?: ScanLogger,
): ReminderScan {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = mailer.scan().then(
      (run: ReminderScanRun) => {
        if (run.queued > 0 || run.skipped > 0) log?.info({ ...run }, 'reminders queued');
      },
      (error: unknown) => log?.warn({ err: error }, 'reminder scan failed; tried again at the next tick'),
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
