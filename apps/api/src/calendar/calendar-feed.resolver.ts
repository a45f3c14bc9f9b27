import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CalendarFeedEntity } from '../../../../libs/persistence/src';
import type { GqlContext } from '../common/request-context';
import { calendarFeedError } from './calendar-feed.errors';
import {
  CalendarFeedIdArgs,
  CalendarFeedModel,
  CreateCalendarFeedArgs,
  NewCalendarFeedModel,
} from './calendar-feed.model';
import { CalendarFeedService } from './calendar-feed.service';

const toModel = (f: CalendarFeedEntity): CalendarFeedModel => ({
  id: f.id,
  scope: f.scope,
  ...(f.programmeId !== null ? { programmeId: f.programmeId } : {}),
  createdAt: f.createdAt,
  ...(f.revokedAt !== null ? { revokedAt: f.revokedAt } : {}),
  ...(f.lastUsedAt !== null ? { lastUsedAt: f.lastUsedAt } : {}),
});

/** Calendar feeds (issue 16): create one (its secret URL shown once), list mine, revoke. */
@Resolver(() => CalendarFeedModel)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => NewCalendarFeedModel, {
    description:
      'Maak een agenda-abonnement (iCalendar) op de termijnen, open escalaties, schooljaardata (R3.1) en scholingsbijeenkomsten van een programma waarvan u lid bent, of zonder programmeId op al uw programma’s. De geheime link wordt alleen nu getoond.',
  })
  async createCalendarFeed(
    @Args() { programmeId }: CreateCalendarFeedArgs,
    @Context() ctx: GqlContext,
  ): Promise<NewCalendarFeedModel> {
    const result = await this.feeds.create(await ctx.authenticate(), programmeId ?? undefined);
    if (!result.ok) throw calendarFeedError(result.error);
    return { id: result.value.feed.id, url: result.value.url, feed: toModel(result.value.feed) };
  }

  @Query(() => [CalendarFeedModel], { description: 'Uw agenda-abonnementen, nieuwste eerst (zonder hun links).' })
  async calendarFeeds(@Context() ctx: GqlContext): Promise<CalendarFeedModel[]> {
    return (await this.feeds.mine(await ctx.authenticate())).map(toModel);
  }

  @Mutation(() => CalendarFeedModel, {
    description: 'Trek een agenda-abonnement in: de link geeft meteen niets meer (404).',
  })
  async revokeCalendarFeed(@Args() { id }: CalendarFeedIdArgs, @Context() ctx: GqlContext): Promise<CalendarFeedModel> {
    const result = await this.feeds.revoke(await ctx.authenticate(), id);
    if (!result.ok) throw calendarFeedError(result.error);
    return toModel(result.value);
  }
}
