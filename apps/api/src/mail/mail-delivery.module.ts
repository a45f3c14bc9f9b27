import { Module } from '@nestjs/common';
import { NationalMailFailuresResolver, ProgrammeMailDeliveryResolver } from './mail-delivery.resolver';

/** Delivery made visible (issue 16): Programme.mailDelivery and NationalOverview.mailFailures. */
@Module({ providers: [ProgrammeMailDeliveryResolver, NationalMailFailuresResolver] })
export class MailDeliveryModule {}
