import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MEMBER_ROLES, type MemberRole, type PartnerDomain, type PartnerLevel } from '../../../../libs/domain/src';
import { NOTIFICATION_MODES, type NotificationMode } from '../../../../libs/persistence/src';
import { PartnerDomainEnum, SupportLevelEnum } from '../programmes/lifecycle.model';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';

export const MemberRoleEnum = Object.fromEntries(MEMBER_ROLES.map((r) => [r, r])) as { [K in MemberRole]: K };
registerEnumType(MemberRoleEnum, {
  name: 'MemberRole',
  description:
    'Rol van een persoon in één programma (P1): PROJECT_LEAD (projectleider), ADMINISTRATIVE_LEAD (bestuurlijk trekker, de wethouder), PARTNER_CONTACT (contactpersoon van één partnerorganisatie, op uitvoerend of managementniveau), PROGRAMME_MANAGER (programmamanager), OBSERVER (meelezer, zet geen stappen).',
});

export const NotificationModeEnum = Object.fromEntries(NOTIFICATION_MODES.map((m) => [m, m])) as {
  [K in NotificationMode]: K;
};
registerEnumType(NotificationModeEnum, {
  name: 'NotificationMode',
  description:
    'Welke berichten u krijgt naast escalaties: IMMEDIATE (elk bericht meteen), DIGEST (alleen het weekoverzicht op maandag), BOTH (allebei, standaard). Escalaties (P3) krijgt u altijd; die kunt u niet afzeggen.',
});

export const LanguageEnum = { nl: 'nl', en: 'en' } as const;
registerEnumType(LanguageEnum, { name: 'Language', description: 'Taal van berichten: nl (standaard) of en.' });

@ObjectType('Member', {
  description:
    'Een lid van een programma: een persoon met een rol. Van personen bewaart Olievlek alleen naam, e-mailadres, organisatie en rol (P4).',
})
export class MemberModel {
  @Field(() => ID, { description: 'Het lidmaatschap (om het te beëindigen met removeMember).' }) membershipId!: string;
  @Field(() => ID, { description: 'De persoon (ondoorzichtige sleutel; zo staat de persoon in de tijdlijn).' })
  memberId!: string;
  @Field({ description: 'Naam; na verwijdering op verzoek (AVG) een pseudoniem.' }) name!: string;
  @Field({ description: 'E-mailadres.' }) email!: string;
  @Field({ nullable: true, description: 'Organisatie.' }) organisation?: string;
  @Field(() => MemberRoleEnum, { description: 'Rol in dit programma.' }) role!: MemberRole;
  @Field({ nullable: true, description: 'Partnerorganisatie (alleen bij PARTNER_CONTACT).' })
  partnerOrganisation?: string;
  @Field(() => PartnerDomainEnum, { nullable: true, description: 'Domein van de partnerorganisatie.' })
  partnerDomain?: PartnerDomain;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Niveau: PROFESSIONAL of MANAGEMENT.' })
  partnerLevel?: PartnerLevel;
  @Field(() => GraphQLDateTime, { description: 'Lid sinds.' }) since!: string;
}

@ObjectType('Invitation', {
  description: 'Een openstaande uitnodiging per e-mail (P2): eenmalig te gebruiken, verloopt.',
})
export class InvitationModel {
  @Field(() => ID, { description: 'De uitnodiging.' }) id!: string;
  @Field({ description: 'Naam van de genodigde.' }) name!: string;
  @Field({ description: 'E-mailadres van de genodigde.' }) email!: string;
  @Field(() => MemberRoleEnum, { description: 'De rol waarvoor is uitgenodigd.' }) role!: MemberRole;
  @Field({ nullable: true, description: 'Partnerorganisatie (bij PARTNER_CONTACT).' }) partnerOrganisation?: string;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Niveau (bij PARTNER_CONTACT).' })
  partnerLevel?: PartnerLevel;
  @Field(() => GraphQLDateTime, { description: 'Verstuurd op.' }) invitedAt!: string;
  @Field(() => GraphQLDateTime, { description: 'Verloopt op.' }) expiresAt!: string;
}

@ObjectType('Membership', { description: 'Een rol die u in een programma heeft.' })
export class MembershipModel {
  @Field(() => ID, { description: 'Het lidmaatschap.' }) membershipId!: string;
  @Field(() => ID, { description: 'Het programma.' }) programmeId!: string;
  @Field(() => MemberRoleEnum, { description: 'Rol.' }) role!: MemberRole;
  @Field({ nullable: true, description: 'Partnerorganisatie (bij PARTNER_CONTACT).' }) partnerOrganisation?: string;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Niveau (bij PARTNER_CONTACT).' })
  partnerLevel?: PartnerLevel;
}

@ObjectType('Me', { description: 'Wie u bent in Olievlek, en uw rollen.' })
export class MeModel {
  @Field(() => ID, {
    nullable: true,
    description: 'Uw sleutel in de ledenlijst (leeg tot u iets doet of een uitnodiging aanneemt).',
  })
  memberId?: string;
  @Field({ nullable: true, description: 'Naam.' }) name?: string;
  @Field({ nullable: true, description: 'E-mailadres.' }) email?: string;
  @Field({ description: 'Of u kwartiermaker bent (landelijk).' }) kwartiermaker!: boolean;
  @Field(() => [String], { description: 'Gemeenten waarvoor u als gemeentemedewerker programma’s mag starten.' })
  municipalities!: string[];
  @Field(() => [MembershipModel], { description: 'Uw rollen per programma.' }) memberships!: MembershipModel[];
  @Field(() => NotificationModeEnum, {
    description:
      'Welke berichten u krijgt naast escalaties (standaard BOTH). Escalaties (P3) komen altijd, wat u hier ook kiest.',
  })
  notificationMode!: NotificationMode;
  @Field({
    description:
      'Of u het weekoverzicht (maandag 07:00) krijgt, wanneer notificationMode DIGEST of BOTH is. Afmelden kan ook met één klik onder elk weekoverzicht; escalaties blijven komen.',
  })
  digestSubscribed!: boolean;
}

@ObjectType('MemberRef', { description: 'Een persoon zoals de tijdlijn hem noemt.' })
export class MemberRefModel {
  @Field(() => ID, { description: 'De persoon.' }) memberId!: string;
  @Field({ nullable: true, description: 'Naam; een pseudoniem na verwijdering op verzoek.' }) name?: string;
}

@InputType({ description: 'Iemand uitnodigen voor een rol in het programma (P2).' })
export class InviteMemberInput {
  @Field({ description: 'Naam.' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field({ description: 'E-mailadres; de uitnodiging gaat hierheen.' })
  @IsEmail({}, { message: 'email is geen geldig e-mailadres' })
  @MaxLength(254)
  email!: string;
  @Field({ nullable: true, description: 'Organisatie.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string;
  @Field(() => MemberRoleEnum, { description: 'Rol in dit programma.' })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
  @Field({ nullable: true, description: 'Partnerorganisatie (verplicht bij PARTNER_CONTACT).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  partnerOrganisation?: string;
  @Field(() => PartnerDomainEnum, { nullable: true, description: 'Domein (verplicht bij PARTNER_CONTACT).' })
  @IsOptional()
  @IsIn(Object.values(PartnerDomainEnum))
  partnerDomain?: PartnerDomain;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Niveau (verplicht bij PARTNER_CONTACT).' })
  @IsOptional()
  @IsIn(Object.values(SupportLevelEnum))
  partnerLevel?: PartnerLevel;
  @Field({
    nullable: true,
    description:
      'C2: alleen bij ADMINISTRATIVE_LEAD in een collectief: de CBS-code van de deelnemende gemeente waarvan dit de eigen wethouder is (die bevestigt het commitment voor die gemeente). Leeg: de wethouder van de penvoerder.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  municipalityCode?: string;
  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'Taal van de uitnodiging en latere berichten (standaard nl).',
  })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

@ArgsType()
export class MembershipArgs extends ProgrammeIdArgs {
  @Field(() => ID, { description: 'Het lidmaatschap (Member.membershipId).' })
  @IsString()
  @MaxLength(40)
  membershipId!: string;
}

@ArgsType()
export class InvitationArgs extends ProgrammeIdArgs {
  @Field(() => ID, { description: 'De uitnodiging (Invitation.id).' })
  @IsString()
  @MaxLength(40)
  invitationId!: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'Het token uit de link in de uitnodigingsmail.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class ErasePersonArgs {
  @Field(() => ID, { description: 'De persoon (Member.memberId).' })
  @IsString()
  @MaxLength(40)
  memberId!: string;
}

@ArgsType()
export class NotificationPreferencesArgs {
  @Field(() => NotificationModeEnum, {
    nullable: true,
    description: 'IMMEDIATE, DIGEST of BOTH; weglaten laat de keuze staan. Escalaties (P3) komen altijd.',
  })
  @IsOptional()
  @IsIn(NOTIFICATION_MODES)
  mode?: NotificationMode;
  @Field({
    nullable: true,
    description:
      'false meldt u af voor het weekoverzicht, true weer aan; weglaten laat het staan. Escalaties komen altijd.',
  })
  @IsOptional()
  @IsBoolean()
  digest?: boolean;
}
