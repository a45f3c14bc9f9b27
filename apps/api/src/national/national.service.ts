import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  err,
  ok,
  PRACTICES,
  suggestMentors,
  type MentorSuggestion,
  type Practice,
  type Result,
} from '../../../../libs/domain/src';
import {
  MunicipalityEntity,
  NationalOverviewReadModel,
  ProgrammeEntity,
  ProgrammeReadModel,
  type NationalOverview,
  type QueuedEscalationRow,
} from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import type { GqlContext } from '../common/request-context';
import { mayActNationally, mayKnowMunicipality } from '../programmes/access';
import { programmeStateOf, ProgrammeService, type ProgrammeRecord } from '../programmes/programme.service';
import type { NationalFailure, NationalFeature } from './national.failures';
import { mentorCandidates, PIONEER_MUNICIPALITY_CODES } from './mentors';

const PAST_EMBEDDING = ['CONTINUATION', 'CLOSED'];

/** The mentor a pairing names, once it is known that it may mentor. */
type Mentor = { kind: 'PIONEER' | 'PROGRAMME'; municipalityCode: string; programmeId?: string; name: string };

export interface PracticeSpread {
  practice: Practice;
  /** Oldest first; the municipality only where the caller may know it (anonymous otherwise). */
  adoptions: Array<{ municipalityCode: string | null; adoptedAt: string }>;
}

/**
 * The national view (docs/rules.md "National view"): the anonymous overview and practice library for
 * everyone, and what kwartiermakers act on (stalled programmes, the escalation queue, mentors).
 */
@Injectable()
export class NationalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly national: NationalOverviewReadModel,
    private readonly programmes: ProgrammeReadModel,
    private readonly programmeService: ProgrammeService,
  ) {}

  /** Answered from the read model in one query. */
  overview(): Promise<NationalOverview> {
    return this.national.overview();
  }

  practices(): readonly Practice[] {
    return PRACTICES;
  }

  async practiceSpread(principal: Principal): Promise<PracticeSpread[]> {
    const adoptions = new Map<string, PracticeSpread['adoptions']>();
    for (const { practiceId, municipalityCode, adoptedAt } of await this.national.practiceAdoptions()) {
      const list = adoptions.get(practiceId) ?? [];
      // Outside the national role the spread is anonymous, except for the caller's own municipality.
      list.push({
        municipalityCode: mayKnowMunicipality(principal, municipalityCode) ? municipalityCode : null,
        adoptedAt,
      });
      adoptions.set(practiceId, list);
    }
    return PRACTICES.map((practice) => ({ practice, adoptions: adoptions.get(practice.id) ?? [] }));
  }

  /** Programmes with an unresolved escalation: highest level first, then the longest stalled. */
  async stalledProgrammes(principal: Principal, first: number): Promise<Result<ProgrammeRecord[], NationalFailure>> {
    if (!mayActNationally(principal)) return kwartiermakersOnly('STALLED_PROGRAMMES');
    const ids = await this.national.stalledProgrammeIds(first);
    if (ids.length === 0) return ok([]);
    const rows = await this.dataSource
      .getRepository(ProgrammeEntity)
      .find({ where: { id: In(ids) }, relations: { municipality: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ok(
      ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ state: programmeStateOf(row), municipality: row.municipality }] : [];
      }),
    );
  }

  /** Unresolved escalations of running programmes, each with its municipality (one batch). */
  async escalationQueue(
    principal: Principal,
    first: number,
    ctx: GqlContext,
  ): Promise<Result<Array<{ row: QueuedEscalationRow; municipality?: MunicipalityEntity }>, NationalFailure>> {
    if (!mayActNationally(principal)) return kwartiermakersOnly('ESCALATION_QUEUE');
    const rows = await this.national.escalationQueue(first);
    const municipalities = await this.programmeService
      .municipalityLoader(ctx)
      .loadMany(rows.map((r) => r.municipalityCode));
    return ok(
      rows.map((row, i) => {
        const municipality = municipalities[i];
        return municipality instanceof MunicipalityEntity ? { row, municipality } : { row };
      }),
    );
  }

  /** Pioneers and programmes past embedding, the same Veilig Thuis region first, then the nearest. */
  async mentorSuggestions(
    principal: Principal,
    programmeId: string,
    first: number,
  ): Promise<Result<MentorSuggestion[], NationalFailure>> {
    if (!mayActNationally(principal)) return kwartiermakersOnly('MENTORS');
    const programme = await this.programmes.findById(programmeId);
    if (!programme?.municipality) return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const [pioneers, graduates] = await Promise.all([
      this.dataSource.getRepository(MunicipalityEntity).findBy({ code: In([...PIONEER_MUNICIPALITY_CODES]) }),
      this.national.mentorProgrammes(),
    ]);
    const target = programme.municipality;
    return ok(
      suggestMentors(
        {
          municipalityCode: target.code,
          veiligThuisRegion: target.veiligThuisRegion,
          lat: target.lat,
          lon: target.lon,
        },
        mentorCandidates(pioneers, graduates),
        first,
      ),
    );
  }

  /** Pairs a mentor with a running programme (a workflow step); a new pairing replaces the last. */
  async recordMentorPairing(
    principal: Principal,
    programmeId: string,
    input: { mentorMunicipalityCode: string; mentorProgrammeId?: string; note?: string },
    idempotencyKey?: string,
  ): Promise<Result<ProgrammeRecord, NationalFailure>> {
    if (!mayActNationally(principal)) return kwartiermakersOnly('MENTORS');
    const mentor = await this.resolveMentor(input);
    if (!mentor.ok) return mentor;
    const payload = { ...mentor.value, ...(input.note ? { note: input.note } : {}) };
    return this.programmeService.step(
      principal,
      programmeId,
      'recordMentorPairing',
      payload,
      undefined,
      idempotencyKey,
    );
  }

  /** The mentor the input names, if it may mentor. */
  private async resolveMentor(input: {
    mentorMunicipalityCode: string;
    mentorProgrammeId?: string;
  }): Promise<Result<Mentor, NationalFailure>> {
    const code = input.mentorMunicipalityCode.trim().toUpperCase();
    const municipality = await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
    if (!municipality) return err({ kind: 'UNKNOWN_MENTOR_MUNICIPALITY', code });
    if (!input.mentorProgrammeId && PIONEER_MUNICIPALITY_CODES.includes(code)) {
      const [candidate] = mentorCandidates([municipality], []);
      return ok({ kind: 'PIONEER', municipalityCode: code, name: candidate!.name });
    }
    const programme = input.mentorProgrammeId
      ? await this.programmes.findById(input.mentorProgrammeId)
      : await this.programmes.findLatest(code);
    if (programme && programme.municipalityCode === code && PAST_EMBEDDING.includes(programme.phase)) {
      return ok({ kind: 'PROGRAMME', municipalityCode: code, programmeId: programme.id, name: municipality.name });
    }
    return err({
      kind: 'NOT_A_MENTOR',
      name: municipality.name,
      code,
      ...(input.mentorProgrammeId ? { mentorProgrammeId: input.mentorProgrammeId } : {}),
    });
  }
}

const kwartiermakersOnly = (feature: NationalFeature) => err({ kind: 'KWARTIERMAKERS_ONLY', feature } as const);
