import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MunicipalityModel } from './programme.model';

// Regional collectives (docs/rules.md C1–C4): the lead municipality (penvoerder) and its members.

@ObjectType({
  description:
    'C1/C4: één gemeente in een collectief: wanneer zij aansloot, haar bevestiging door de eigen wethouder (C2) en, als zij vertrok, wanneer. Een vertrokken gemeente telt niet meer mee; haar borging blijft vastgelegd.',
})
export class CollectiveMemberModel {
  @Field(() => MunicipalityModel, { description: 'De deelnemende gemeente.' })
  municipality!: MunicipalityModel;
  @Field(() => GraphQLDateTime, { description: 'Moment van aansluiten.' }) joinedOn!: string;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'C2: moment waarop de eigen wethouder het commitment bevestigde; leeg zolang dat openstaat.',
  })
  confirmedOn?: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'C4: moment van vertrek; leeg zolang zij meedoet.' })
  leftOn?: string;
}

@ObjectType({
  description:
    'C1: een programma dat een collectief van gemeenten voert: de penvoerder (de gemeente van het programma) en de deelnemende gemeenten, ook die later aansloten of vertrokken.',
})
export class CollectiveModel {
  @Field(() => MunicipalityModel, { description: 'De penvoerder: de gemeente die het programma voert.' })
  lead!: MunicipalityModel;
  @Field(() => [CollectiveMemberModel], { description: 'Deelnemende gemeenten, in volgorde van aansluiten.' })
  members!: CollectiveMemberModel[];
}

@InputType({ description: 'Een gemeente van het collectief (C1, C2).' })
export class CollectiveMunicipalityInput {
  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0362 (Amstelveen).' })
  @IsString()
  @MaxLength(40)
  municipalityCode!: string;
}
