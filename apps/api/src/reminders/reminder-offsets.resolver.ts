import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GqlContext } from '../common/request-context';
import { ProgrammeModel } from '../programmes/programme.model';
import { reminderOffsetsError } from './reminder-offsets.errors';
import { ReminderOffsetsService, type ReminderPolicyView } from './reminder-offsets.service';
import { ReminderPolicyModel, SetReminderOffsetsArgs } from './reminder-policy.model';

/** Reminder offsets per programme (issue 16): Programme.reminderPolicy and setReminderOffsets. */
@Resolver(() => ProgrammeModel)
export class ReminderOffsetsResolver {
  // One query per request for a list of programmes.
  private readonly loaders = new WeakMap<GqlContext, DataLoader<string, ReminderPolicyView>>();

  constructor(private readonly service: ReminderOffsetsService) {}

  @ResolveField(() => ReminderPolicyModel, {
    description:
      'Wanneer de projectleiders een herinnering krijgen vóór een termijn: de eigen keuze van het programma of de landelijke standaard, met wat het landelijk beleid toestaat.',
  })
  reminderPolicy(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<ReminderPolicyView> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.service.policiesOf(ids));
      this.loaders.set(ctx, loader);
    }
    return loader.load(programme.id);
  }

  @Mutation(() => ReminderPolicyModel, {
    description:
      'Stel in hoeveel dagen vóór een termijn de projectleiders van een programma een herinnering krijgen, binnen het landelijk beleid (ReminderPolicy.bounds). Voor de projectleider van het programma en kwartiermakers (P1). Buiten het beleid: VALIDATION_FAILED met de reden in extensions.details.reason, en er wordt niets vastgelegd. De wijziging staat in de tijdlijn van het programma.',
  })
  async setReminderOffsets(
    @Args() { programmeId, daysBefore }: SetReminderOffsetsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ReminderPolicyView> {
    const result = await this.service.set(await ctx.authenticate(), programmeId, daysBefore);
    if (!result.ok) throw reminderOffsetsError(result.error);
    return result.value;
  }
}
