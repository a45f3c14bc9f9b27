import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandPayloads, CommandType } from '../../../../libs/domain/src';
import type { GqlContext } from '../common/request-context';
import {
  AcknowledgeEscalationInput,
  AddActionInput,
  AppointProjectLeadInput,
  ChangeSettingsInput,
  CloseProgrammeInput,
  CommitPartnerInput,
  ConfirmSupportInput,
  DesignateAdministrativeLeadInput,
  NameEmbeddingOwnerInput,
  PlanTrainingSessionInput,
  ReasonInput,
  RecordBottleneckInput,
  RecordCheckInInput,
  RecordEmbeddingInput,
  RecordRecommendationInput,
  RecordSuccessorInstrumentInput,
  RecordTrainingDeliveredInput,
  ReportIndicatorsInput,
  ThemeInput,
  UpdateActionStatusInput,
  StepArgs,
} from './lifecycle.inputs';
import { programmeError } from './programme.errors';
import { toProgrammeModel } from './programme.mapper';
import { ProgrammeModel } from './programme.model';
import { ProgrammeService } from './programme.service';

/**
 * One mutation per human step of the lifecycle (docs/rules.md), each backed by the workflow Update of
 * the same name and answering the programme's new state. A request with an `Idempotency-Key`
 * header is taken once however often it is retried (the key becomes the update's id). A refused step is a GraphQL error with
 * `extensions.code` RULE_VIOLATION and `extensions.rule` (e.g. R2.2), and changes nothing.
 */
@Resolver(() => ProgrammeModel)
export class LifecycleResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  private async take<T extends CommandType>(
    ctx: GqlContext,
    step: StepArgs,
    type: T,
    payload: CommandPayloads[T],
  ): Promise<ProgrammeModel> {
    const result = await this.programmes.step(
      await ctx.authenticate(),
      step.programmeId,
      type,
      payload,
      {
        ...(step.actingAs ? { actingAs: step.actingAs } : {}),
        ...(step.onBehalfOfAdministrativeLead ? { onBehalfOfAdministrativeLead: true } : {}),
      },
      ctx.idempotencyKey,
    );
    if (!result.ok) throw programmeError(result.error);
    return toProgrammeModel(result.value.state);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R1.1: wijs een wethouder aan als bestuurlijk trekker. R1.6: ook na de fase Commitment (een nieuwe wethouder); de fase blijft, en de nieuwe wethouder bevestigt het commitment binnen 12 weken opnieuw. De aanwijzing wordt gekoppeld aan het lid met de rol ADMINISTRATIVE_LEAD.',
  })
  designateAdministrativeLead(
    @Args() step: StepArgs,
    @Args('input') input: DesignateAdministrativeLeadInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'designateAdministrativeLead', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R1.2: een partnerorganisatie (zorg, onderwijs, justitie, …) committeert zich.',
  })
  commitPartner(
    @Args() step: StepArgs,
    @Args('input') input: CommitPartnerInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'commitPartner', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R1.3: stel een projectleider aan (INTERNAL heeft de voorkeur; EXTERNAL geeft het risicosignaal EXTERNAL_LEAD).',
  })
  appointProjectLead(
    @Args() step: StepArgs,
    @Args('input') input: AppointProjectLeadInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'appointProjectLead', input);
  }

  @Mutation(() => ProgrammeModel, { description: 'R1.4/R1.5: een aanbevolen punt is opgevolgd (niet blokkerend).' })
  recordRecommendation(
    @Args() step: StepArgs,
    @Args('input') input: RecordRecommendationInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordRecommendation', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'De bestuurlijk trekker bevestigt het commitment (R1.1–R1.3 moeten gelden); door naar de verbeteragenda.',
  })
  confirmCommitment(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'confirmCommitment', {});
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R1.6: de (nieuwe) bestuurlijk trekker bevestigt het commitment opnieuw, na een nieuwe aanwijzing of na de gemeenteraadsverkiezingen; fase, agenda en borging blijven zoals ze zijn.',
  })
  reconfirmCommitment(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'reconfirmCommitment', {});
  }

  @Mutation(() => ProgrammeModel, { description: 'R2.1: leg een knelpunt van professionals vast.' })
  recordBottleneck(
    @Args() step: StepArgs,
    @Args('input') input: RecordBottleneckInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordBottleneck', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R2.2: kies een thema (1 tot 3; vraagt eerst 3 knelpunten uit 2 domeinen).',
  })
  selectTheme(
    @Args() step: StepArgs,
    @Args('input') input: ThemeInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'selectTheme', input);
  }

  @Mutation(() => ProgrammeModel, { description: 'Schrap een gekozen thema zonder acties.' })
  deselectTheme(
    @Args() step: StepArgs,
    @Args('input') input: ThemeInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'deselectTheme', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R2.3: voeg een actie toe aan een gekozen thema, met een trekkende organisatie.',
  })
  addAction(
    @Args() step: StepArgs,
    @Args('input') input: AddActionInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'addAction', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R2.4: een organisatie bevestigt het draagvlak op professioneel of management-/bestuursniveau.',
  })
  confirmSupport(
    @Args() step: StepArgs,
    @Args('input') input: ConfirmSupportInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'confirmSupport', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R2.5: de bestuurlijk trekker stelt de verbeteragenda vast; door naar de uitvoering.',
  })
  adoptAgenda(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'adoptAgenda', {});
  }

  @Mutation(() => ProgrammeModel, { description: 'R3.2: wijzig de status van een actie (stoppen vraagt een reden).' })
  updateActionStatus(
    @Args() step: StepArgs,
    @Args('input') input: UpdateActionStatusInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'updateActionStatus', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      "R3.1: het gesprek met de schoolbesturen is gestart (vanaf 1 januari van het doeljaar; begin 'bovenin').",
  })
  startSchoolBoardTalks(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'startSchoolBoardTalks', {});
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R3.1: het gesprek met de scholen zelf is gestart (na de schoolbesturen).',
  })
  startSchoolTalks(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'startSchoolTalks', {});
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R3.1: de scholing staat op de activiteitenkalender van de schoolbesturen.',
  })
  fixTrainingCalendar(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'fixTrainingCalendar', {});
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R3.1 en R3.3: plan een scholingsbijeenkomst binnen het schooljaar van de regio, op een schooldag (niet in het weekend of een schoolvakantie van de regio).',
  })
  planTrainingSession(
    @Args() step: StepArgs,
    @Args('input') input: PlanTrainingSessionInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'planTrainingSession', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'Leg een gegeven bijeenkomst vast: bereikte scholen en getrainde medewerkers.',
  })
  recordTrainingDelivered(
    @Args() step: StepArgs,
    @Args('input') input: RecordTrainingDeliveredInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordTrainingDelivered', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'Rond de uitvoering af (alle acties afgerond of gestopt); door naar de borging.',
  })
  completeExecution(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'completeExecution', {});
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R4.1/R4.2: borg een afgeronde actie in bestaand beleid, met de organisatie die het overneemt en de verantwoordelijke rol.',
  })
  recordEmbedding(
    @Args() step: StepArgs,
    @Args('input') input: RecordEmbeddingInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordEmbedding', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R4.3: benoem de interne eigenaar van de borging (nodig bij een externe projectleider).',
  })
  nameEmbeddingOwner(
    @Args() step: StepArgs,
    @Args('input') input: NameEmbeddingOwnerInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'nameEmbeddingOwner', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R4.3: leg het vertrek van de projectleider vast (een externe projectleider met open borging escaleert direct).',
  })
  recordLeadDeparture(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordLeadDeparture', {});
  }

  @Mutation(() => ProgrammeModel, {
    description: 'R4.4: rond de borging af (alles geborgd of gestopt); door naar de continuering.',
  })
  completeEmbedding(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'completeEmbedding', {});
  }

  @Mutation(() => ProgrammeModel, { description: 'Jaarlijkse check-in met indicatoren (fase Continuering).' })
  recordCheckIn(
    @Args() step: StepArgs,
    @Args('input') input: RecordCheckInInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordCheckIn', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'R4.5: leg het beleidsinstrument vast dat het (verlopen) instrument van een borging opvolgt; beëindigt die stap en haar escalaties.',
  })
  recordSuccessorInstrument(
    @Args() step: StepArgs,
    @Args('input') input: RecordSuccessorInstrumentInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'recordSuccessorInstrument', input);
  }

  @Mutation(() => ProgrammeModel, { description: 'Sluit het programma af.' })
  closeProgramme(
    @Args() step: StepArgs,
    @Args('input') input: CloseProgrammeInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'closeProgramme', input);
  }

  @Mutation(() => ProgrammeModel, { description: 'Leg de eigen indicatoren over een kwartaal vast.' })
  reportIndicators(
    @Args() step: StepArgs,
    @Args('input') input: ReportIndicatorsInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'reportIndicators', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'Handel een escalatie af met een besluit: verlengen met N weken, pauzeren of notitie (wethouder of kwartiermaker; niveau 3 alleen kwartiermaker).',
  })
  acknowledgeEscalation(
    @Args() step: StepArgs,
    @Args('input') input: AcknowledgeEscalationInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'acknowledgeEscalation', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'Pauzeer het programma (bijv. rond verkiezingen): de klokken staan stil.',
  })
  pauseProgramme(
    @Args() step: StepArgs,
    @Args('input') input: ReasonInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'pauseProgramme', input);
  }

  @Mutation(() => ProgrammeModel, {
    description: 'Hervat een gepauzeerd programma: de klokken lopen verder met de resterende tijd.',
  })
  resumeProgramme(@Args() step: StepArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'resumeProgramme', {});
  }

  @Mutation(() => ProgrammeModel, { description: 'Breek het programma af, met een reden.' })
  abortProgramme(
    @Args() step: StepArgs,
    @Args('input') input: ReasonInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'abortProgramme', input);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'Wijzig het beleid van dit programma: drempels, tijd tussen escalatieniveaus, uiterste kalenderdatum, eigen webhook.',
  })
  changeSettings(
    @Args() step: StepArgs,
    @Args('input') input: ChangeSettingsInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'changeSettings', input);
  }
}
