import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  COMMAND_TYPES,
  TASK_KINDS,
  TASK_LABELS,
  TASK_URGENCIES,
  type CommandType,
  type EscalationKind,
  type MemberRole,
  type PartnerLevel,
  type TaskKind,
  type TaskLabel,
  type TaskUrgency,
} from '../../../../libs/domain/src';
import { MemberRoleEnum } from '../members/members.model';
import { EscalationKindEnum, SupportLevelEnum } from '../programmes/lifecycle.model';
import { MunicipalityModel, ProgrammeModel } from '../programmes/programme.model';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const StepNameEnum = asEnum(COMMAND_TYPES);
registerEnumType(StepNameEnum, {
  name: 'StepName',
  description:
    'Een stap in het programma: de naam van de mutatie die hem zet (bijvoorbeeld confirmCommitment, adoptAgenda, confirmSupport).',
});

export const TaskKindEnum = asEnum(TASK_KINDS);
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description:
    'STEP (een stap die u zet), DECISION (een besluit van de wethouder of kwartiermaker: commitment bevestigen, agenda vaststellen, mentor koppelen), ESCALATION (een escalatie aan u: erover besluiten, of opvolgen als het programma op een ander wacht).',
});

export const TaskUrgencyEnum = asEnum(TASK_URGENCIES);
registerEnumType(TaskUrgencyEnum, {
  name: 'TaskUrgency',
  description:
    'ESCALATED (er loopt een escalatie op), OVERDUE (de termijn is verstreken), DUE_SOON (binnen twee weken), OPEN (geen termijn dichtbij).',
});

export const TaskLabelEnum = asEnum(TASK_LABELS);
registerEnumType(TaskLabelEnum, {
  name: 'TaskLabel',
  description: 'Welke taak het is, als vaste sleutel (de zin staat in Task.label).',
});

@ObjectType('Task', {
  description:
    'Iets dat op u wacht in een van uw programma’s (Mijn taken): een stap die het programma verder brengt, een besluit, of een escalatie aan u.',
})
export class TaskModel {
  @Field(() => ProgrammeModel, { description: 'Het programma.' }) programme!: ProgrammeModel;
  @Field(() => StepNameEnum, {
    description: 'De stap (mutatie) die het doet; bij een opvolging de stap waarop het programma wacht.',
  })
  step!: CommandType;
  @Field(() => TaskKindEnum, { description: 'Stap, besluit of escalatie.' }) kind!: TaskKind;
  @Field(() => TaskLabelEnum, { description: 'De taak als vaste sleutel.' }) labelKey!: TaskLabel;
  @Field({ description: 'Wat u moet doen, in uw taal (Accept-Language; standaard Nederlands).' }) label!: string;
  @Field({ description: 'Waarom het op u wacht, met de regel (R1.1 …, P3).' }) reason!: string;
  @Field({ nullable: true, description: 'De regel uit het regelboek, bijvoorbeeld R2.4.' }) ruleId?: string;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Termijn: het volgende escalatieniveau of de schooljaardatum (R3.1); bij een escalatie het moment dat die inging.',
  })
  dueAt?: string;
  @Field(() => Int, { nullable: true, description: 'Het hoogste open escalatieniveau op deze stap (1, 2 of 3).' })
  escalationLevel?: number;
  @Field(() => TaskUrgencyEnum, { description: 'Hoe dringend.' }) urgency!: TaskUrgency;
  @Field(() => ID, { nullable: true, description: 'De escalatie (voor acknowledgeEscalation).' })
  escalationId?: string;
  @Field(() => EscalationKindEnum, { nullable: true, description: 'Soort escalatie.' })
  escalationKind?: EscalationKind;
  @Field(() => MemberRoleEnum, { nullable: true, description: 'Bij een opvolging: op wie het programma wacht.' })
  waitingFor?: MemberRole;
  @Field(() => ID, { nullable: true, description: 'De actie (voor updateActionStatus en recordEmbedding).' })
  actionId?: string;
  @Field({ nullable: true, description: 'Titel van de actie.' }) actionTitle?: string;
  @Field({ nullable: true, description: 'De partnerorganisatie (confirmSupport, de trekker van een actie).' })
  organisation?: string;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Het niveau waarop draagvlak ontbreekt (R2.4).' })
  level?: PartnerLevel;
  @Field({ nullable: true, description: 'Het kwartaal voor reportIndicators, bijvoorbeeld 2026-Q4.' })
  period?: string;
  @Field(() => Int, { nullable: true, description: 'Het jaar voor recordCheckIn.' }) year?: number;
}

@ObjectType('MyInvitation', {
  description:
    'Een openstaande uitnodiging aan uw (geverifieerde) e-mailadres (P2). Aannemen gaat met de link in de uitnodigingsmail.',
})
export class MyInvitationModel {
  @Field(() => ID, { description: 'De uitnodiging.' }) id!: string;
  @Field(() => ID, { description: 'Het programma waarvoor u bent uitgenodigd.' }) programmeId!: string;
  @Field(() => MunicipalityModel, { description: 'De gemeente van het programma.' }) municipality!: MunicipalityModel;
  @Field(() => MemberRoleEnum, { description: 'De rol waarvoor u bent uitgenodigd.' }) role!: MemberRole;
  @Field({ nullable: true, description: 'Partnerorganisatie (bij PARTNER_CONTACT).' }) partnerOrganisation?: string;
  @Field(() => SupportLevelEnum, { nullable: true, description: 'Niveau (bij PARTNER_CONTACT).' })
  partnerLevel?: PartnerLevel;
  @Field(() => GraphQLDateTime, { description: 'Verstuurd op.' }) invitedAt!: string;
  @Field(() => GraphQLDateTime, { description: 'Verloopt op.' }) expiresAt!: string;
}
