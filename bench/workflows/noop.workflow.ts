/**
 * The baseline of `start-programmes`: a workflow that does nothing, so starting it costs what
 * Temporal charges for any start (bundled by the bench, run by a small worker of its own on its
 * own task queue).
 */
export async function benchNoopWorkflow(): Promise<void> {
  // Nothing: it completes on its first workflow task.
}
