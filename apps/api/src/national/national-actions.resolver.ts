import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { suggestMentors, type ProgrammeState } from '../../../../libs/domain/src';
import { MunicipalityEntity, NationalOverviewReadModel, ProgrammeEntity, ProgrammeReadModel } from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { UserFacingError } from '../common/graphql-errors';
import type { GqlContext } from '../common/request-context';
import { programmeNotFound } from '../programmes/lifecycle.errors';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';
import { toProgrammeModel } from '../programmes/programme.mapper';
import { ProgrammeModel } from '../programmes/programme.model';
import { toMunicipalityModel } from '../programmes/programme.resolver';
import { ProgrammeService } from '../programmes/programme.service';
import { EscalationQueueArgs, MentorPairingInput, MentorSuggestionsArgs, StalledProgrammesArgs } from './national.args';
import { MentorSuggestionModel, QueuedEscalationModel } from './national.model';
import { mentorCandidates, PIONEER_MUNICIPALITY_CODES } from './mentors';

function requireKwartiermaker(principal: Principal, what: { nl: string; en: string }): void {
  if (principal.role === 'KWARTIERMAKER') return;
  throw new UserFacingError('FORBIDDEN', {
    nl: `Alleen kwartiermakers zien of doen dit: ${what.nl}. Het landelijk overzicht (nationalOverview) is voor iedereen.`,
    en: `Only kwartiermakers may see or do this: ${what.en}. The national overview (nationalOverview) is open to everyone.`,
  });
}

const PAST_EMBEDDING = ['CONTINUATION', 'CLOSED'];

/** What kwartiermakers act on (DOMAIN "National view"): stalled programmes, the escalation queue, mentors. */
@Resolver()
export class NationalActionsResolver {
  private readonly national: NationalOverviewReadModel;
  private readonly programmes: ProgrammeReadModel;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: ProgrammeService,
  ) {
    this.national = new NationalOverviewReadModel(dataSource);
    this.programmes = new ProgrammeReadModel(dataSource);
  }

  @Query(() => [ProgrammeModel], {
    description: 'Stilstaande programma’s (met een niet-opgeloste escalatie): hoogste niveau eerst, dan wie het langst stilstaat. Alleen voor kwartiermakers.',
  })
  async stalledProgrammes(@Args() { first }: StalledProgrammesArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel[]> {
    requireKwartiermaker(await ctx.authenticate(), { nl: 'de stilstaande programma’s', en: 'the stalled programmes' });
    const ids = await this.national.stalledProgrammeIds(first);
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(ProgrammeEntity).find({ where: { id: In(ids) }, relations: { municipality: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toProgrammeModel(JSON.parse(row.state) as ProgrammeState, row.municipality)] : [];
    });
  }

  @Query(() => [QueuedEscalationModel], {
    description: 'De escalatiewachtrij: niet-opgeloste escalaties van lopende programma’s, hoogste niveau eerst, dan de oudste. Alleen voor kwartiermakers.',
  })
  async escalationQueue(@Args() { first }: EscalationQueueArgs, @Context() ctx: GqlContext): Promise<QueuedEscalationModel[]> {
    requireKwartiermaker(await ctx.authenticate(), { nl: 'de escalatiewachtrij', en: 'the escalation queue' });
    const rows = await this.national.escalationQueue(first);
    const municipalities = await this.service.municipalityLoader(ctx).loadMany(rows.map((r) => r.municipalityCode));
    return rows.map((row, i) => {
      const municipality = municipalities[i];
      return {
        ...row,
        ruleId: row.ruleId ?? undefined,
        ...(municipality instanceof MunicipalityEntity ? { municipality: toMunicipalityModel(municipality) } : {}),
      };
    });
  }

  @Query(() => [MentorSuggestionModel], {
    description:
      'Mogelijke mentoren voor een programma: de zes Collectieven en programma’s die de borging afrondden, eerst uit dezelfde Veilig Thuis-regio, dan de dichtstbijzijnde. Alleen voor kwartiermakers.',
  })
  async mentorSuggestions(@Args() { programmeId, first }: MentorSuggestionsArgs, @Context() ctx: GqlContext): Promise<MentorSuggestionModel[]> {
    const principal = await ctx.authenticate();
    requireKwartiermaker(principal, { nl: 'mentoren zoeken en koppelen', en: 'finding and pairing mentors' });
    const programme = await this.programmes.findById(programmeId);
    if (!programme?.municipality) throw programmeNotFound(programmeId);
    const [pioneers, graduates] = await Promise.all([
      this.dataSource.getRepository(MunicipalityEntity).findBy({ code: In([...PIONEER_MUNICIPALITY_CODES]) }),
      this.national.mentorProgrammes(),
    ]);
    const target = programme.municipality;
    return suggestMentors(
      { municipalityCode: target.code, veiligThuisRegion: target.veiligThuisRegion, lat: target.lat, lon: target.lon },
      mentorCandidates(pioneers, graduates),
      first,
    ).map(({ kind, municipalityCode, name, programmeId: mentorProgrammeId, distanceKm, sameRegion }) => ({
      kind,
      municipalityCode,
      name,
      ...(mentorProgrammeId ? { programmeId: mentorProgrammeId } : {}),
      distanceKm,
      sameRegion,
    }));
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'Koppel een mentor aan een lopend programma: een van de zes Collectieven, of een gemeente waarvan het programma de borging afrondde. Een nieuwe koppeling vervangt de vorige (het auditspoor houdt beide). Alleen voor kwartiermakers.',
  })
  async recordMentorPairing(
    @Args() { programmeId }: ProgrammeIdArgs,
    @Args('input') input: MentorPairingInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    const principal = await ctx.authenticate();
    requireKwartiermaker(principal, { nl: 'mentoren zoeken en koppelen', en: 'finding and pairing mentors' });
    const mentor = await this.resolveMentor(input);
    const record = await this.service.step(
      principal,
      programmeId,
      'recordMentorPairing',
      { ...mentor, ...(input.note ? { note: input.note } : {}) },
      undefined,
      ctx.idempotencyKey,
    );
    return toProgrammeModel(record.state);
  }

  /** The mentor the input names, if it may mentor; a clear refusal otherwise. */
  private async resolveMentor(input: MentorPairingInput): Promise<{ kind: 'PIONEER' | 'PROGRAMME'; municipalityCode: string; programmeId?: string; name: string }> {
    const code = input.mentorMunicipalityCode.trim().toUpperCase();
    const municipality = await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
    if (!municipality) {
      throw new UserFacingError(
        'NOT_FOUND',
        { nl: `Gemeentecode ${code.slice(0, 40)} hoort niet bij een gemeente in de CBS-gebiedsindeling 2025.`, en: `${code.slice(0, 40)} is not a 2025 municipality code.` },
        { details: { field: 'mentorMunicipalityCode' } },
      );
    }
    if (!input.mentorProgrammeId && PIONEER_MUNICIPALITY_CODES.includes(code)) {
      const [candidate] = mentorCandidates([municipality], []);
      return { kind: 'PIONEER', municipalityCode: code, name: candidate!.name };
    }
    const programme = input.mentorProgrammeId ? await this.programmes.findById(input.mentorProgrammeId) : await this.programmes.findLatest(code);
    if (programme && programme.municipalityCode === code && PAST_EMBEDDING.includes(programme.phase)) {
      return { kind: 'PROGRAMME', municipalityCode: code, programmeId: programme.id, name: municipality.name };
    }
    throw new UserFacingError(
      'RULE_VIOLATION',
      {
        nl: `${municipality.name} kan (nog) geen mentor zijn: mentoren zijn de zes Collectieven en gemeenten waarvan het programma de borging heeft afgerond.`,
        en: `${municipality.name} cannot mentor (yet): mentors are the six pioneer collectives and municipalities whose programme completed embedding.`,
      },
      { details: { mentorMunicipalityCode: code, ...(input.mentorProgrammeId ? { mentorProgrammeId: input.mentorProgrammeId } : {}) } },
    );
  }
}
