import { Args, Context, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSub } from 'mercurius';
import type { Principal } from '../auth';
import { MembersService } from '../members/members.service';
import { maySee } from './access';
import { EscalationModel } from './lifecycle.model';
import {
  ESCALATION_RAISED,
  ESCALATION_RESOLVED,
  PROGRAMME_CHANGED,
  type EscalationEvent,
  type ProgrammeChangedEvent,
} from './programme-feed.service';
import { ProgrammeModel } from './programme.model';

@ObjectType('EscalationEvent', { description: 'Een escalatie die ontstond of werd opgelost, met haar programma.' })
export class EscalationEventModel {
  @Field(() => ID, { description: 'Het programma.' }) programmeId!: string;
  @Field({ description: 'CBS-gemeentecode van het programma.' }) municipalityCode!: string;
  @Field(() => EscalationModel, { description: 'De escalatie.' }) escalation!: EscalationModel;
}

interface SubscriptionContext {
  pubsub: PubSub;
  /** Set when the connection was initialised with a valid token (connection_init payload). */
  principal?: Principal;
  /** That token's `exp` in ms: the connection is closed then, and nothing is delivered after it. */
  tokenExpiresAt?: number;
}

/**
 * Only what the subscriber may see, only while its token is valid, and only the programme asked for
 * (if any). A programme the token does not name is visible through a membership, read at each event
 * so a removed member stops receiving at once (P2).
 */
async function visible(
  members: MembersService,
  programmeId: string,
  ctx: SubscriptionContext,
  wanted?: string | null,
): Promise<boolean> {
  if (ctx.principal === undefined) return false;
  if (ctx.tokenExpiresAt !== undefined && Date.now() >= ctx.tokenExpiresAt) return false;
  if (wanted && wanted !== programmeId) return false;
  return maySee(ctx.principal, programmeId) || maySee(await members.withMemberships(ctx.principal), programmeId);
}

/**
 * Live updates over graphql-ws. The token goes in the connection_init payload
 * (`{ "authorization": "Bearer …" }`); events are filtered per subscriber by the same tenant
 * rules as queries, so nothing crosses a tenant boundary.
 */
@Resolver()
export class ProgrammeSubscriptionsResolver {
  constructor(readonly members: MembersService) {}

  @Subscription(() => ProgrammeModel, {
    description: 'Een programma veranderde (een stap, een escalatie, een bezorging); optioneel alleen dit programma.',
    filter(
      this: ProgrammeSubscriptionsResolver,
      payload: ProgrammeChangedEvent,
      variables: { programmeId?: string },
      ctx: SubscriptionContext,
    ) {
      return visible(this.members, payload.programmeChanged.id, ctx, variables.programmeId);
    },
  })
  programmeChanged(
    @Args('programmeId', { type: () => ID, nullable: true }) _programmeId: string | undefined,
    @Context('pubsub') pubsub: PubSub,
  ) {
    return pubsub.subscribe(PROGRAMME_CHANGED);
  }

  @Subscription(() => EscalationEventModel, {
    description: 'Er ontstond een herinnering of escalatie (niveau 1–3); optioneel alleen voor dit programma.',
    filter(
      this: ProgrammeSubscriptionsResolver,
      payload: EscalationEvent,
      variables: { programmeId?: string },
      ctx: SubscriptionContext,
    ) {
      return visible(this.members, payload.programmeId, ctx, variables.programmeId);
    },
    resolve: (payload: EscalationEvent) => payload,
  })
  escalationRaised(
    @Args('programmeId', { type: () => ID, nullable: true }) _programmeId: string | undefined,
    @Context('pubsub') pubsub: PubSub,
  ) {
    return pubsub.subscribe(ESCALATION_RAISED);
  }

  @Subscription(() => EscalationEventModel, {
    description:
      'Een escalatie werd opgelost (door voortgang, afsluiten of afbreken); optioneel alleen voor dit programma.',
    filter(
      this: ProgrammeSubscriptionsResolver,
      payload: EscalationEvent,
      variables: { programmeId?: string },
      ctx: SubscriptionContext,
    ) {
      return visible(this.members, payload.programmeId, ctx, variables.programmeId);
    },
    resolve: (payload: EscalationEvent) => payload,
  })
  escalationResolved(
    @Args('programmeId', { type: () => ID, nullable: true }) _programmeId: string | undefined,
    @Context('pubsub') pubsub: PubSub,
  ) {
    return pubsub.subscribe(ESCALATION_RESOLVED);
  }
}
