import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { deliverySentence, failedMailCount, mailDeliveryOf } from '../../../../libs/mail/src';
import type { GqlContext } from '../common/request-context';
import { membersError } from '../members/members.errors';
import { MembersService } from '../members/members.service';
import { NationalOverviewModel } from '../national/national.model';
import { maySee } from '../programmes/access';
import { ProgrammeModel } from '../programmes/programme.model';
import { MailDeliveryModel, NationalMailFailuresModel } from './mail-delivery.model';

/** Delivery made visible (issue 16): a programme's e-mail figures, for whoever may see the programme. */
@Resolver(() => ProgrammeModel)
export class ProgrammeMailDeliveryResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => MailDeliveryModel, {
    description:
      'De e-mail van dit programma (uitnodigingen, herinneringen, escalaties, scholingsbijeenkomsten): te versturen, verstuurd en niet bezorgd, met de laatste mislukking. Zonder adressen: een ontvanger heet naar de rol.',
  })
  async mailDelivery(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<MailDeliveryModel> {
    const p = await this.members.withMemberships(await ctx.authenticate());
    if (!maySee(p, programme.id)) throw membersError({ kind: 'PROGRAMME_NOT_FOUND', programmeId: programme.id });
    const d = await mailDeliveryOf(this.dataSource, programme.id);
    const summary = deliverySentence(d, ctx.lang);
    return {
      pending: d.pending,
      sent: d.sent,
      failed: d.failed,
      ...(d.lastFailure ? { lastFailure: d.lastFailure } : {}),
      ...(summary ? { summary } : {}),
    };
  }
}

/** The national view's count of undelivered e-mail: figures only; details per programme (kwartiermakers see every one). */
@Resolver(() => NationalOverviewModel)
export class NationalMailFailuresResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => NationalMailFailuresModel, {
    description:
      'Berichten die niet konden worden bezorgd, landelijk (aantallen). De details staan per programma in Programme.mailDelivery.',
  })
  mailFailures(): Promise<NationalMailFailuresModel> {
    return failedMailCount(this.dataSource);
  }
}
