import { isDeepStrictEqual } from 'node:util';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { getProgrammeStateQuery } from '../../../libs/contracts/src';
import { viewProgramme, type ProgrammeState, type ProgrammeView } from '../../../libs/domain/src';
import { ProgrammeReadModel } from '../../../libs/persistence/src';

/** Dates and numbers as a JSON round trip leaves them, for a deep comparison. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Where the read model differs from what the programme's workflow answers itself
 * (`getProgrammeState`), programme by programme: its row (version, phase, status, escalation
 * level, the whole stored state) and its outbox rows (one per escalation, with delivery and
 * resolution). Empty when every programme has converged.
 */
export async function divergences(
  client: Client,
  dataSource: DataSource,
  programmeIds: readonly string[],
): Promise<string[]> {
  const readModel = new ProgrammeReadModel(dataSource);
  const problems: string[] = [];
  for (const id of programmeIds) {
    const workflow = plain(await client.workflow.getHandle(id).query(getProgrammeStateQuery));
    const row = await readModel.findById(id);
    if (!row) {
      problems.push(`${id}: no read-model row (workflow at version ${workflow.version})`);
      continue;
    }
    const differs = (what: string, stored: unknown, own: unknown) => {
      if (!isDeepStrictEqual(stored, own))
        problems.push(
          `${id}: ${what} is ${JSON.stringify(stored)?.slice(0, 200)} in the read model, ${JSON.stringify(own)?.slice(0, 200)} in the workflow`,
        );
    };
    differs('version', Number(row.version), workflow.version);
    differs('phase', row.phase, workflow.phase);
    differs('status', row.status, workflow.status);
    differs('open escalation level', Number(row.openEscalationLevel), workflow.openEscalationLevel);
    // The view derives from the state with the domain's own function: equal views, equal states.
    const stored: ProgrammeView = plain(viewProgramme(JSON.parse(row.state) as ProgrammeState));
    if (stored.version === workflow.version) differs('state', stored, workflow);
    const outbox = (await readModel.listOutbox(id)).map((e) => ({
      id: e.id,
      level: e.level,
      status: e.status,
      delivery: e.deliveryStatus,
      attempts: Number(e.attempts),
    }));
    const own = workflow.escalations.map((e) => ({
      id: e.id,
      level: e.level,
      status: e.status,
      delivery: e.delivery.status,
      attempts: e.delivery.attempts,
    }));
    differs(
      'outbox',
      [...outbox].sort((a, b) => a.id.localeCompare(b.id)),
      [...own].sort((a, b) => a.id.localeCompare(b.id)),
    );
  }
  return problems;
}

/** Polls `divergences` until none is left or `timeoutMs` passes; resolves to the last list. */
export async function converge(
  client: Client,
  dataSource: DataSource,
  programmeIds: readonly string[],
  timeoutMs: number,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let problems: string[];
    try {
      problems = await divergences(client, dataSource, programmeIds);
    } catch (error) {
      problems = [`could not compare: ${String(error)}`];
    }
    if (problems.length === 0 || Date.now() > deadline) return problems;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
