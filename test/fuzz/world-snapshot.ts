import Database from 'better-sqlite3';
import type { Client } from '@temporalio/client';
import { getProgrammeStateQuery } from '../../libs/contracts/src';

/** Every row of every table of an SQLite read model, read-only, in a stable order. */
export function readModelRows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

export interface WorkflowFacts {
  status: string;
  historyLength: number;
  version: number;
}

/**
 * What the workflows say about themselves: every workflow on the server with its status, the
 * length of its history and the programme version its query answers.
 */
export async function workflowFacts(client: Client): Promise<Record<string, WorkflowFacts>> {
  const facts: Record<string, WorkflowFacts> = {};
  for await (const w of client.workflow.list()) {
    const handle = client.workflow.getHandle(w.workflowId, w.runId);
    const described = await handle.describe();
    const view = await handle.query(getProgrammeStateQuery);
    facts[w.workflowId] = {
      status: described.status.name,
      historyLength: described.historyLength,
      version: view.version,
    };
  }
  return facts;
}

/** Read model and workflows together, for a before/after comparison. */
export interface WorldSnapshot {
  readModel: Record<string, unknown[]>;
  workflows: Record<string, WorkflowFacts>;
}

export async function snapshotWorld(readModelFile: string, client: Client): Promise<WorldSnapshot> {
  return { workflows: await workflowFacts(client), readModel: readModelRows(readModelFile) };
}

/** Resolves once every workflow's version is in the read model and nothing moved for a moment. */
export async function settled(readModelFile: string, client: Client, timeoutMs = 60_000): Promise<WorldSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  for (;;) {
    const snapshot = await snapshotWorld(readModelFile, client);
    const rows = (snapshot.readModel.programme ?? []) as { id: string; version: number }[];
    const caughtUp = Object.entries(snapshot.workflows).every(([id, w]) =>
      rows.some((r) => r.id === id && Number(r.version) === w.version),
    );
    const now = JSON.stringify(snapshot);
    if (caughtUp && now === previous) return snapshot;
    if (Date.now() > deadline) throw new Error(`the read model and workflows did not settle within ${timeoutMs} ms`);
    previous = caughtUp ? now : '';
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
