import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

// Every group still running when the test process exits is SIGKILLed, so a failed or interrupted
// test leaves no server or worker behind.
const live = new Set<number>();
process.once('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * A child process leading its own process group: signals go to the whole group, so nothing it
 * started outlives it.
 */
export class ProcessGroup {
  readonly pid: number;
  readonly exited: Promise<Exit>;
  private exit?: Exit;

  /** `child` is the group's leader, for its stdio pipes. */
  private constructor(readonly child: ChildProcess) {
    if (child.pid === undefined) {
      child.once('error', () => undefined); // reported by the throw below, not as an uncaught event
      throw new Error(`could not start ${child.spawnfile}`);
    }
    const pid = child.pid;
    this.pid = pid;
    live.add(pid);
    this.exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))).then(
      (exit) => {
        this.exit = exit;
        live.delete(pid);
        return exit;
      },
    );
  }

  static spawn(command: string, args: string[], options: Omit<SpawnOptions, 'detached'>): ProcessGroup {
    return new ProcessGroup(spawn(command, args, { ...options, detached: true }));
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  get exitStatus(): Exit | undefined {
    return this.exit;
  }

  signal(signal: NodeJS.Signals): void {
    if (!this.running) return;
    try {
      process.kill(-this.pid, signal);
    } catch {
      // exited in the meantime
    }
  }

  /** SIGKILL to the group; resolves once the leader has exited. */
  async kill(): Promise<Exit> {
    this.signal('SIGKILL');
    return this.exited;
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
  async stop(graceMs: number): Promise<Exit> {
    if (!this.running) return this.exited;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
      // Stragglers of the group (if any) go with the leader.
      try {
        process.kill(-this.pid, 'SIGKILL');
      } catch {
        // none left
      }
    }
  }
}
