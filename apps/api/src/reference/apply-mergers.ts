import { ApplicationFailure, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import {
  ALREADY_MERGED,
  amsterdamDate,
  mergerEffectiveOn,
  type MunicipalityMergerInput,
  type SchoolHolidayRegion,
} from '../../../../libs/domain/src';
import { recordMunicipalityMergerUpdate } from '../../../../libs/contracts/src';

// Herindeling (docs/operations.md "Loading a new reference year"): after a migration loaded a
// year, `npm run reference:apply-mergers` moves every running programme of a municipality that
// merged to its successor, through the workflow's recordMunicipalityMerger update. Idempotent:
// the update id is fixed per programme and successor, a programme already under its successor is
// left alone, and a programme moved is no longer found by the scan once the read model has it.

/** One programme to move. */
export interface PendingMerger {
  programmeId: string;
  formerCode: string;
  /** C1: the merged municipality is a member of the programme's collective, not its lead. */
  member?: true;
  input: MunicipalityMergerInput;
}

export interface MergerOutcome {
  programmeId: string;
  formerCode: string;
  member?: true;
  successorCode: string;
  result: 'MOVED' | 'ALREADY_MOVED' | 'REFUSED';
  message?: string;
}

interface MunicipalityRow {
  code: string;
  name: string;
  province: string;
  school_holiday_region: SchoolHolidayRegion;
  valid_until: number | string | null;
  successor_code: string | null;
}

/**
 * The update id of moving a programme to a successor: the same on every run, so Temporal applies it
 * once. A member municipality's merger (C1) names the member too: the lead may merge into the same
 * successor in the same run.
 */
export const mergerUpdateId = (programmeId: string, successorCode: string, memberCode?: string): string =>
  memberCode
    ? `municipality-merger:${programmeId}:${memberCode}:${successorCode}`
    : `municipality-merger:${programmeId}:${successorCode}`;

/**
 * Running (or paused) programmes of municipalities whose merger is in effect at `nowMs`, each with
 * its current successor (following later mergers) and its number under it: one past the highest
 * there, counting the ones moved before it in this run.
 */
export async function findPendingMergers(dataSource: DataSource, nowMs: number): Promise<PendingMerger[]> {
  const year = Number(amsterdamDate(nowMs).slice(0, 4));
  const municipalities = (await dataSource.query(
    `SELECT code, name, province, school_holiday_region, valid_until, successor_code FROM municipality`,
  )) as MunicipalityRow[];
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const inEffect = (m: MunicipalityRow) =>
    m.successor_code !== null && m.valid_until !== null && Number(m.valid_until) < year;
  const merged = municipalities.filter(inEffect).map((m) => m.code);
  if (merged.length === 0) return [];

  const programmes = (await dataSource
    .createQueryBuilder()
    .select(['p.id AS id', 'p.municipality_code AS municipality_code'])
    .from('programme', 'p')
    .where('p.status IN (:...running)', { running: ['ACTIVE', 'PAUSED'] })
    .andWhere('p.municipality_code IN (:...merged)', { merged })
    .orderBy('p.started_at', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getRawMany()) as { id: string; municipality_code: string }[];

  // A later merger of the successor too (when years were loaded before this ran): follow it, while in effect.
  const successorOf = (former: MunicipalityRow) => {
    let successor = former;
    for (let hop = 0; hop < 20 && inEffect(successor) && byCode.has(successor.successor_code!); hop++) {
      successor = byCode.get(successor.successor_code!)!;
    }
    return successor;
  };
  const nextSequence = new Map<string, number>();
  const pending: PendingMerger[] = [];
  for (const p of programmes) {
    const former = byCode.get(p.municipality_code)!;
    const successor = successorOf(former);
    if (successor === former) continue;
    if (!nextSequence.has(successor.code)) {
      const [sql, values] = dataSource.driver.escapeQueryWithParameters(
        `SELECT MAX(sequence) AS highest FROM programme WHERE municipality_code = :code`,
        { code: successor.code },
      );
      const [row] = (await dataSource.query(sql, values)) as { highest: number | string | null }[];
      nextSequence.set(successor.code, Number(row?.highest ?? 0) + 1);
    }
    const sequence = nextSequence.get(successor.code)!;
    nextSequence.set(successor.code, sequence + 1);
    pending.push({
      programmeId: p.id,
      formerCode: former.code,
      input: {
        successorCode: successor.code,
        effectiveOn: mergerEffectiveOn(Number(former.valid_until) + 1),
        sequence,
        formerName: former.name,
        successorName: successor.name,
        province: successor.province,
        schoolHolidayRegion: successor.school_holiday_region,
      },
    });
  }
  // C1: members of running collectives that merged, after the leads (a member whose successor is the
  // lead then leaves the collective instead of taking part twice).
  const members = (await dataSource
    .createQueryBuilder()
    .select(['pm.programme_id AS id', 'pm.municipality_code AS municipality_code'])
    .from('programme_municipality', 'pm')
    .innerJoin('programme', 'p', 'p.id = pm.programme_id')
    .where("pm.role = 'MEMBER' AND pm.left_on IS NULL")
    .andWhere('p.status IN (:...running)', { running: ['ACTIVE', 'PAUSED'] })
    .andWhere('pm.municipality_code IN (:...merged)', { merged })
    .orderBy('pm.programme_id', 'ASC')
    .addOrderBy('pm.entry', 'ASC')
    .getRawMany()) as { id: string; municipality_code: string }[];
  for (const m of members) {
    const former = byCode.get(m.municipality_code)!;
    const successor = successorOf(former);
    if (successor === former) continue;
    pending.push({
      programmeId: m.id,
      formerCode: former.code,
      member: true,
      input: {
        formerCode: former.code,
        successorCode: successor.code,
        effectiveOn: mergerEffectiveOn(Number(former.valid_until) + 1),
        formerName: former.name,
        successorName: successor.name,
      },
    });
  }
  return pending;
}

/** Sends each pending merger to its programme's workflow and answers what happened to each. */
export async function applyMergers(dataSource: DataSource, client: Client, nowMs: number): Promise<MergerOutcome[]> {
  const outcomes: MergerOutcome[] = [];
  for (const m of await findPendingMergers(dataSource, nowMs)) {
    const base = {
      programmeId: m.programmeId,
      formerCode: m.formerCode,
      ...(m.member ? { member: m.member } : {}),
      successorCode: m.input.successorCode,
    };
    try {
      await client.workflow.getHandle(m.programmeId).executeUpdate(recordMunicipalityMergerUpdate, {
        args: [m.input],
        updateId: mergerUpdateId(m.programmeId, m.input.successorCode, m.member ? m.formerCode : undefined),
      });
      outcomes.push({ ...base, result: 'MOVED' });
    } catch (error) {
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
      const cause = error.cause instanceof ApplicationFailure ? error.cause : undefined;
      // The workflow already holds the successor (an earlier run whose projection was still on its way).
      const already = (cause?.details?.[0] as { reason?: string } | undefined)?.reason === ALREADY_MERGED;
      outcomes.push({
        ...base,
        result: already ? 'ALREADY_MOVED' : 'REFUSED',
        message: cause?.message ?? error.message,
      });
    }
  }
  return outcomes;
}
