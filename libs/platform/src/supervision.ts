/**
 * When started by the local launcher, exit with it: a launcher killed with SIGKILL cannot stop
 * its children, so each child notices its parent is gone and stops itself (no orphans).
 */
export function exitWithParent(parentPid: number | undefined, onParentGone: () => void): void {
  if (!parentPid) return;
  const timer = setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      clearInterval(timer);
      onParentGone();
    }
  }, 1000);
  timer.unref();
}

/**
 * Calls `stop` on the first SIGINT or SIGTERM (the caller finishes its own shutdown and exits);
 * a second signal exits at once.
 */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => void): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    stop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
