import { Module } from '@nestjs/common';
import { NationalOverviewReadModel, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { CollectiveResolver } from './collective.resolver';
import { LifecycleResolver } from './lifecycle.resolver';
import { ProgrammeFeed } from './programme-feed.service';
import { ProgrammeSubscriptionsResolver } from './programme-subscriptions.resolver';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';
import { READ_MODEL_PROVIDERS } from './read-model.providers';
import { TrainingCalendarResolver } from './training-calendar.resolver';
import { EscalationMessageResolver } from './escalation-message.resolver';
import { TrainingSessionResolver } from './training-session.resolver';

@Module({
  providers: [
    ...READ_MODEL_PROVIDERS,
    ProgrammeResolver,
    LifecycleResolver,
    CollectiveResolver,
    ProgrammeSubscriptionsResolver,
    ProgrammeService,
    ProgrammeFeed,
    TrainingCalendarResolver,
    EscalationMessageResolver,
    TrainingSessionResolver,
  ],
  exports: [ProgrammeService, ProgrammeReadModel, NationalOverviewReadModel],
})
export class ProgrammeModule {}
