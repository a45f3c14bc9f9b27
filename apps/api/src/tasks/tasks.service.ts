import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, type DataSource } from 'typeorm';
import {
  myTasks,
  parseProgrammeId,
  PROGRAMME_PHASES,
  type ProgrammeState,
  type Task,
  type TaskGrant,
  type TaskProgrammeInput,
} from '../../../../libs/domain/src';
import { InvitationEntity, MunicipalityEntity, ProgrammeEntity } from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import type { MembershipModel } from '../members/members.model';
import { mayActNationally } from '../programmes/access';
import { programmeStateOf } from '../programmes/programme.service';

/** How many new programmes without a mentor a kwartiermaker's list shows at once (the longest waiting first). */
export const MENTOR_TASK_LIMIT = 25;

/** The most tasks one page of "Mijn taken" may ask for (`first`). */
export const MAX_TASK_PAGE = 200;

// The phases in the domain's order (compareTasks sorts an earlier phase first).
const PHASE_RANK = `CASE p.phase ${PROGRAMME_PHASES.map((phase, i) => `WHEN '${phase}' THEN ${i}`).join(' ')} END`;

/**
 * Issue 18.3: the programmes behind the first `first` tasks a kwartiermaker has on level-3
 * escalations (P3: acknowledging an OPEN one), in myTasks' order (level 3 first; then the
 * escalation's deadline, the phase, the programme id), read from escalation_outbox's columns
 * (index of migration 0018) instead of every stalled programme's state. Ids compare by code
 * point, as in JavaScript (PostgreSQL's "C" collation; SQLite's default).
 */
const levelThreePage = (postgres: boolean) => `
  SELECT e.programme_id AS id FROM escalation_outbox e JOIN programme p ON p.id = e.programme_id
   WHERE e.level = 3 AND e.status = 'OPEN' AND p.status IN ('ACTIVE', 'PAUSED')
   ORDER BY e.due_at, ${PHASE_RANK}, e.programme_id${postgres ? ' COLLATE "C"' : ''}
   LIMIT ${postgres ? '$1' : '?'}`;

/** Stalled new programmes without a mentor, in myTasks' order for their mentor pairing (phase, id). */
const stalledWithoutMentor = (postgres: boolean) => `
  SELECT p.id FROM programme p
   WHERE p.open_escalation_level = 3 AND p.status = 'ACTIVE' AND p.phase IN ('COMMITMENT', 'AGENDA')
     AND p.mentor_municipality_code IS NULL
   ORDER BY ${PHASE_RANK}, p.id${postgres ? ' COLLATE "C"' : ''}
   LIMIT ${postgres ? '$1' : '?'}`;

/** A task with the programme it belongs to, as the read model has it. */
export interface TaskRecord {
  task: Task;
  state: ProgrammeState;
  municipality: MunicipalityEntity | null;
}

/** An invitation to the signed-in person's address, with its municipality. */
export interface InvitationRecord {
  invitation: InvitationEntity;
  municipality: MunicipalityEntity | null;
}

const isFullState = (s: ReturnType<typeof programmeStateOf>): s is ProgrammeState =>
  'commitment' in s && 'settings' in s && 'clocks' in s;

/**
 * "Mijn taken" (issue 15): the person's memberships as `me` read them in this request (fresh: a
 * removal ends their tasks at once), their programmes from the read model in one query, and the
 * domain's myTasks over them.
 * A kwartiermaker also gets the programmes with an open level-3 escalation and the new ones
 * without a mentor (P3, national view), each in one query.
 */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `first`: only the most urgent tasks, as many (issue 18.3: a page reads a page's programmes,
   * not every stalled programme in the country); the same tasks as the whole list's first ones.
   */
  async tasks(
    p: Principal,
    memberships: readonly MembershipModel[],
    nowMs = Date.now(),
    first?: number,
  ): Promise<TaskRecord[]> {
    const kwartiermaker = mayActNationally(p);
    const grants = new Map<string, TaskGrant[]>();
    for (const m of memberships) {
      const list = grants.get(m.programmeId) ?? [];
      list.push({
        role: m.role,
        ...(m.role === 'PARTNER_CONTACT' && m.partnerOrganisation && m.partnerLevel
          ? { partner: { organisation: m.partnerOrganisation, level: m.partnerLevel } }
          : {}),
      });
      grants.set(m.programmeId, list);
    }
    const repo = this.dataSource.getRepository(ProgrammeEntity);
    const rows = new Map<string, ProgrammeEntity>();
    const keep = (found: ProgrammeEntity[]) => found.forEach((r) => rows.set(r.id, r));
    if (grants.size > 0)
      keep(await repo.find({ where: { id: In([...grants.keys()]) }, relations: { municipality: true } }));
    if (kwartiermaker) {
      // A page filled with level-3 tasks ends before any mentor pairing (no level, no deadline).
      let pairingsOnPage = true;
      if (first === undefined) {
        keep(
          await repo.find({
            where: { openEscalationLevel: 3, status: In(['ACTIVE', 'PAUSED']) },
            relations: { municipality: true },
          }),
        );
      } else {
        const postgres = this.dataSource.options.type === 'postgres';
        const page = await this.dataSource.query<Array<{ id: string }>>(levelThreePage(postgres), [first]);
        // The page reaches past the level-3 tasks: next come mentor pairings (no deadline; by phase
        // and id), also those of stalled programmes beyond the longest-waiting 25, which the whole
        // list has because it reads every stalled programme (whose other tasks are all level 3).
        pairingsOnPage = page.length < first;
        if (pairingsOnPage)
          page.push(...(await this.dataSource.query<Array<{ id: string }>>(stalledWithoutMentor(postgres), [first])));
        const ids = [...new Set(page.map((r) => r.id))];
        if (ids.length > 0) keep(await repo.find({ where: { id: In(ids) }, relations: { municipality: true } }));
      }
      if (pairingsOnPage) {
        keep(
          await repo.find({
            where: { status: 'ACTIVE', phase: In(['COMMITMENT', 'AGENDA']), mentorMunicipalityCode: IsNull() },
            relations: { municipality: true },
            order: { startedAt: 'ASC', id: 'ASC' },
            take: MENTOR_TASK_LIMIT,
          }),
        );
      }
    }
    const programmes: (TaskProgrammeInput & { row: ProgrammeEntity })[] = [];
    for (const row of rows.values()) {
      const state = programmeStateOf(row);
      // Rows projected before the lifecycle engine have no checklist to derive tasks from.
      if (isFullState(state)) programmes.push({ state, grants: grants.get(row.id) ?? [], row });
    }
    const byId = new Map(programmes.map((x) => [x.state.programmeId, x]));
    const all = myTasks({ programmes, kwartiermaker, nowMs });
    return (first === undefined ? all : all.slice(0, first)).map((task) => {
      const x = byId.get(task.programmeId)!;
      return { task, state: x.state, municipality: x.row.municipality ?? null };
    });
  }

  /**
   * P2: the open invitations to the person's address — only an address the identity provider
   * verified (`email_verified`), so nobody sees invitations by claiming someone else's address.
   * Accepting still needs the link from the e-mail.
   */
  async invitations(p: Principal, nowMs = Date.now()): Promise<InvitationRecord[]> {
    const email = p.email?.trim().toLowerCase();
    if (!email || p.emailVerified !== true) return [];
    const found = await this.dataSource.getRepository(InvitationEntity).find({
      where: { email, acceptedAt: IsNull(), withdrawnAt: IsNull(), expiresAt: MoreThan(new Date(nowMs).toISOString()) },
      order: { createdAt: 'ASC' },
    });
    if (found.length === 0) return [];
    const codes = [
      ...new Set(
        found.flatMap((i) => {
          const parsed = parseProgrammeId(i.programmeId);
          return parsed.ok ? [parsed.value.municipalityCode] : [];
        }),
      ),
    ];
    const municipalities = new Map(
      (await this.dataSource.getRepository(MunicipalityEntity).findBy({ code: In(codes) })).map((m) => [m.code, m]),
    );
    return found.map((invitation) => {
      const parsed = parseProgrammeId(invitation.programmeId);
      return {
        invitation,
        municipality: parsed.ok ? (municipalities.get(parsed.value.municipalityCode) ?? null) : null,
      };
    });
  }
}
