import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { MEMBER_ROLES } from '../../../../libs/domain/src';
import type { MailRecipientRole } from '../../../../libs/mail/src';

const RECIPIENT_ROLES = [...MEMBER_ROLES, 'NATIONAL', 'INVITEE'] as const;
export const MailRecipientRoleEnum = Object.fromEntries(RECIPIENT_ROLES.map((r) => [r, r])) as {
  [K in MailRecipientRole]: K;
};
registerEnumType(MailRecipientRoleEnum, {
  name: 'MailRecipientRole',
  description:
    'Aan wie een bericht ging, als rol in het programma (nooit een adres): een rol van MemberRole, NATIONAL (het landelijke adres van de kwartiermakers, escalaties van niveau 3) of INVITEE (iemand die een uitnodiging kreeg en nog geen lid is).',
});

@ObjectType('MailFailure', { description: 'Een bericht dat niet kon worden bezorgd (zonder adressen).' })
export class MailFailureModel {
  @Field(() => GraphQLDateTime, { description: 'Wanneer de verzending werd opgegeven.' }) at!: string;
  @Field(() => MailRecipientRoleEnum, {
    nullable: true,
    description:
      'De rol van de ontvanger in dit programma; leeg als die niet meer bekend is (bijvoorbeeld gewist, P4).',
  })
  recipientRole?: MailRecipientRole;
  @Field({
    description: 'Soort bericht: INVITATION, ESCALATION_RAISED, ESCALATION_RESOLVED, REMINDER, SESSION_INVITATION.',
  })
  kind!: string;
  @Field({ description: 'Het antwoord van de mailserver (bijvoorbeeld "EENVELOPE 550 …"), met adressen weggelaten.' })
  reason!: string;
}

@ObjectType('MailDelivery', {
  description:
    'De e-mail van dit programma in de verzendwachtrij: wat nog verstuurd wordt, wat verstuurd is en wat niet kon worden bezorgd. Een weigering van de ontvangende server bij verzending (5xx) telt meteen als mislukt; bounces die later per e-mail terugkomen (DSN) ziet Olievlek niet.',
})
export class MailDeliveryModel {
  @Field(() => Int, { description: 'Nog te versturen (ook na een tijdelijke fout, met een nieuwe poging later).' })
  pending!: number;
  @Field(() => Int, { description: 'Aangenomen door de mailserver.' }) sent!: number;
  @Field(() => Int, { description: 'Opgegeven: geweigerd door de mailserver, of na de laatste poging.' })
  failed!: number;
  @Field(() => MailFailureModel, { nullable: true, description: 'De laatste mislukte bezorging, als die er is.' })
  lastFailure?: MailFailureModel;
  @Field({
    nullable: true,
    description:
      'Wat niet kon worden bezorgd, in één zin in de taal van de vraag, bijvoorbeeld "1 bericht aan de wethouder kon niet worden bezorgd."; leeg als alles is bezorgd of nog onderweg is.',
  })
  summary?: string;
}

@ObjectType('NationalMailFailures', {
  description: 'Berichten die niet konden worden bezorgd, landelijk opgeteld (aantallen, geen details).',
})
export class NationalMailFailuresModel {
  @Field(() => Int, { description: 'Opgegeven berichten, alle programma’s en het weekoverzicht samen.' })
  messages!: number;
  @Field(() => Int, { description: 'Programma’s met minstens één opgegeven bericht.' }) programmes!: number;
}
