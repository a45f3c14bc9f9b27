import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/request-context';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';
import { toProgrammeModel } from '../programmes/programme.mapper';
import { ProgrammeModel } from '../programmes/programme.model';
import { EscalationQueueArgs, MentorPairingInput, MentorSuggestionsArgs, StalledProgrammesArgs } from './national.args';
import { nationalError } from './national.errors';
import { toMentorSuggestionModel, toQueuedEscalationModel } from './national.mapper';
import { MentorSuggestionModel, QueuedEscalationModel } from './national.model';
import { NationalService } from './national.service';

/** What kwartiermakers act on (docs/rules.md "National view"): stalled programmes, the escalation queue, mentors. */
@Resolver()
export class NationalActionsResolver {
  constructor(private readonly national: NationalService) {}

  @Query(() => [ProgrammeModel], {
    description:
      'Stilstaande programma’s (met een niet-opgeloste escalatie): hoogste niveau eerst, dan wie het langst stilstaat. Alleen voor kwartiermakers.',
  })
  async stalledProgrammes(
    @Args() { first }: StalledProgrammesArgs,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel[]> {
    const result = await this.national.stalledProgrammes(await ctx.authenticate(), first);
    if (!result.ok) throw nationalError(result.error);
    return result.value.map((record) => toProgrammeModel(record.state, record.municipality));
  }

  @Query(() => [QueuedEscalationModel], {
    description:
      'De escalatiewachtrij: niet-opgeloste escalaties van lopende programma’s, hoogste niveau eerst, dan de oudste. Alleen voor kwartiermakers.',
  })
  async escalationQueue(
    @Args() { first }: EscalationQueueArgs,
    @Context() ctx: GqlContext,
  ): Promise<QueuedEscalationModel[]> {
    const result = await this.national.escalationQueue(await ctx.authenticate(), first, ctx);
    if (!result.ok) throw nationalError(result.error);
    return result.value.map(toQueuedEscalationModel);
  }

  @Query(() => [MentorSuggestionModel], {
    description:
      'Mogelijke mentoren voor een programma: de zes Collectieven en programma’s die de borging afrondden, eerst uit dezelfde Veilig Thuis-regio, dan de dichtstbijzijnde. Alleen voor kwartiermakers.',
  })
  async mentorSuggestions(
    @Args() { programmeId, first }: MentorSuggestionsArgs,
    @Context() ctx: GqlContext,
  ): Promise<MentorSuggestionModel[]> {
    const result = await this.national.mentorSuggestions(await ctx.authenticate(), programmeId, first);
    if (!result.ok) throw nationalError(result.error);
    return result.value.map(toMentorSuggestionModel);
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
    const result = await this.national.recordMentorPairing(
      await ctx.authenticate(),
      programmeId,
      input,
      ctx.idempotencyKey,
    );
    if (!result.ok) throw nationalError(result.error);
    return toProgrammeModel(result.value.state);
  }
}
