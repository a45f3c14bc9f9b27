import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  COMPARED_PHASES,
  COMPARED_STATUSES,
  err,
  ok,
  type PeerComparison,
  type ProgrammePhase,
  type ProgrammeStatus,
  type Result,
} from '../../../../libs/domain/src';
import { PeerComparisonReadModel, ProgrammeEntity } from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { mayActNationally, maySee } from '../programmes/access';
import { programmeStateOf, type ProgrammeRecord } from '../programmes/programme.service';
import type { NationalFailure } from './national.failures';

/**
 * Peer comparison (docs/rules.md "Peer comparison"), from the read model's phase stays. The list is
 * for kwartiermakers; a programme's own percentile for whoever may see the programme.
 */
@Injectable()
export class PeerComparisonService {
  private readonly peers: PeerComparisonReadModel;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.peers = new PeerComparisonReadModel(dataSource);
  }

  async slowerThanPeers(
    principal: Principal,
    first: number,
    offset: number,
    nowMs = Date.now(),
  ): Promise<
    Result<{ total: number; entries: Array<{ record: ProgrammeRecord; comparison: PeerComparison }> }, NationalFailure>
  > {
    if (!mayActNationally(principal)) return err({ kind: 'KWARTIERMAKERS_ONLY', feature: 'PEER_COMPARISON' });
    const page = await this.peers.slowerThanPeers(nowMs, first, offset);
    if (page.rows.length === 0) return ok({ total: page.total, entries: [] });
    const rows = await this.dataSource.getRepository(ProgrammeEntity).find({
      where: { id: In(page.rows.map((r) => r.programmeId)) },
      relations: { municipality: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ok({
      total: page.total,
      entries: page.rows.flatMap(({ programmeId, comparison }) => {
        const row = byId.get(programmeId);
        return row ? [{ record: { state: programmeStateOf(row), municipality: row.municipality }, comparison }] : [];
      }),
    });
  }

  /** Null when the programme is not running, is in CLOSED, or the caller may not see it. */
  async forProgramme(
    principal: Principal,
    programme: { id: string; phase: ProgrammePhase; status: ProgrammeStatus; phaseEnteredAt?: string },
    nowMs = Date.now(),
  ): Promise<PeerComparison | null> {
    if (!maySee(principal, programme.id)) return null;
    if (!COMPARED_STATUSES.includes(programme.status) || !COMPARED_PHASES.includes(programme.phase)) return null;
    if (!programme.phaseEnteredAt) return null;
    return this.peers.compare(programme.phase, programme.phaseEnteredAt, nowMs);
  }
}
