import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_FEED_SCOPES, type CalendarFeedScope } from '../../../../libs/persistence/src';
import { IsProgrammeId } from '../programmes/lifecycle.inputs';

export const CalendarFeedScopeEnum = Object.fromEntries(CALENDAR_FEED_SCOPES.map((s) => [s, s])) as {
  [K in CalendarFeedScope]: K;
};
registerEnumType(CalendarFeedScopeEnum, {
  name: 'CalendarFeedScope',
  description:
    'PROGRAMME: de data van één programma. PERSON: de data van alle programma’s waarvan u lid bent (ook programma’s waar u later lid van wordt).',
});

@ObjectType('CalendarFeed', {
  description:
    'Een agenda-abonnement (iCalendar): termijnen en scholingsbijeenkomsten achter een geheime link. De link zelf wordt alleen bij het aanmaken getoond.',
})
export class CalendarFeedModel {
  @Field(() => ID, { description: 'Het abonnement (om het in te trekken met revokeCalendarFeed).' }) id!: string;
  @Field(() => CalendarFeedScopeEnum, { description: 'Eén programma, of al uw programma’s.' })
  scope!: CalendarFeedScope;
  @Field(() => ID, { nullable: true, description: 'Het programma (bij PROGRAMME).' }) programmeId?: string;
  @Field(() => GraphQLDateTime, { description: 'Aangemaakt op.' }) createdAt!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Ingetrokken op; de link werkt dan niet meer.' })
  revokedAt?: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Laatst opgehaald (tot op een minuut).' })
  lastUsedAt?: string;
}

@ObjectType('NewCalendarFeed', {
  description: 'Een nieuw agenda-abonnement met zijn geheime link: bewaar die, hij wordt maar één keer getoond.',
})
export class NewCalendarFeedModel {
  @Field(() => ID, { description: 'Het abonnement.' }) id!: string;
  @Field({
    description:
      'De geheime link (PUBLIC_URL/agenda/<token>.ics) om in Outlook of een andere agenda te abonneren. Wie de link heeft, ziet de data: deel hem niet.',
  })
  url!: string;
  @Field(() => CalendarFeedModel, { description: 'Het abonnement zoals calendarFeeds het toont.' })
  feed!: CalendarFeedModel;
}

@ArgsType()
export class CreateCalendarFeedArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Het programma; weggelaten: een persoonlijk abonnement op al uw programma’s.',
  })
  @IsOptional()
  @IsString()
  @IsProgrammeId()
  programmeId?: string;
}

@ArgsType()
export class CalendarFeedIdArgs {
  @Field(() => ID, { description: 'Het abonnement.' })
  @IsString()
  @MaxLength(40)
  @Matches(/^cal_[A-Za-z0-9_-]+$/, { message: 'id is geen sleutel van een agenda-abonnement' })
  id!: string;
}
