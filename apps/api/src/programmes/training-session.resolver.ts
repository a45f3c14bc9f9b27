import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TrainingSessionModel } from './lifecycle.model';

/**
 * TrainingSession.provisional (R3.3). The state carries `provisional: true` only on a session planned
 * on a school year whose holidays are not in the data; sessions planned before R3.3 lack the field.
 */
@Resolver(() => TrainingSessionModel)
export class TrainingSessionResolver {
  @ResolveField(() => Boolean, {
    description:
      'R3.3 voorlopig: de schoolvakanties van dat schooljaar staan nog niet vast; de datum is getoetst aan de geschatte vakanties.',
  })
  provisional(@Parent() session: TrainingSessionModel & { provisional?: boolean }): boolean {
    return session.provisional === true;
  }
}
