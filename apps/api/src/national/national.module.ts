import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programmes/programme.module';
import { NationalActionsResolver } from './national-actions.resolver';
import { NationalResolver } from './national.resolver';
import { NationalService } from './national.service';
import { PeerComparisonResolver } from './peer-comparison.resolver';
import { PeerComparisonService } from './peer-comparison.service';
import { QueuedEscalationMessageResolver } from '../programmes/escalation-message.resolver';

@Module({
  imports: [ProgrammeModule],
  providers: [
    NationalService,
    NationalResolver,
    NationalActionsResolver,
    QueuedEscalationMessageResolver,
    PeerComparisonService,
    PeerComparisonResolver,
  ],
  exports: [NationalService],
})
export class NationalModule {}
