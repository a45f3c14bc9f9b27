import { Module } from '@nestjs/common';
import { LifecycleResolver } from './lifecycle.resolver';
import { ProgrammeFeed } from './programme-feed.service';
import { ProgrammeSubscriptionsResolver } from './programme-subscriptions.resolver';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

@Module({ providers: [ProgrammeResolver, LifecycleResolver, ProgrammeSubscriptionsResolver, ProgrammeService, ProgrammeFeed], exports: [ProgrammeService] })
export class ProgrammeModule {}
