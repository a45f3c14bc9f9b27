import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { escalationMessage, escalationResolution, type Escalation } from '../../../../libs/domain/src';
import type { GqlContext } from '../common/request-context';
import { QueuedEscalationModel } from '../national/national.model';
import { EscalationModel } from './lifecycle.model';

type Stored = Pick<Escalation, 'kind' | 'level' | 'step' | 'message'>;

// The workflow stores an escalation's reason in Dutch; it is said in the asker's language, with
// plurals by ICU rules, when it is read (issue 15; libs/domain/src/labels-timeline.ts).

/** Escalation.message and .resolution in the asker's language. */
@Resolver(() => EscalationModel)
export class EscalationMessageResolver {
  @ResolveField(() => String)
  message(@Parent() escalation: EscalationModel, @Context() ctx: GqlContext): string {
    return escalationMessage(escalation as unknown as Stored, ctx.lang);
  }

  @ResolveField(() => String, { nullable: true })
  resolution(@Parent() escalation: EscalationModel, @Context() ctx: GqlContext): string | null {
    return escalation.resolution === undefined ? null : escalationResolution(escalation.resolution, ctx.lang);
  }
}

/** QueuedEscalation.message (the kwartiermakers' queue) in the asker's language. */
@Resolver(() => QueuedEscalationModel)
export class QueuedEscalationMessageResolver {
  @ResolveField(() => String)
  message(@Parent() escalation: QueuedEscalationModel, @Context() ctx: GqlContext): string {
    return escalationMessage(escalation as unknown as Stored, ctx.lang);
  }
}
