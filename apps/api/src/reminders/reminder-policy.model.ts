import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt } from 'class-validator';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';

@ObjectType('ReminderOffsetBounds', {
  description: 'Wat het landelijk beleid toestaat voor de herinneringen van een programma.',
})
export class ReminderOffsetBoundsModel {
  @Field(() => Int, { description: 'Minste dagen vóór een termijn.' }) min!: number;
  @Field(() => Int, { description: 'Meeste dagen vóór een termijn.' }) max!: number;
  @Field(() => Int, { description: 'Meeste herinneringen per termijn.' }) maxCount!: number;
}

@ObjectType('ReminderPolicy', {
  description:
    'Wanneer de projectleiders van een programma een herinnering krijgen vóór een termijn (schooljaardata van R3.1, niveau 1 van een stilstand), om 08:00 Europe/Amsterdam.',
})
export class ReminderPolicyModel {
  @Field(() => [Int], {
    description: 'Dagen vóór de termijn, van de vroegste herinnering naar de laatste, bijvoorbeeld [14, 2].',
  })
  daysBefore!: number[];
  @Field({ description: 'Waar: het programma volgt de landelijke standaard (geen eigen keuze).' })
  isDefault!: boolean;
  @Field(() => ReminderOffsetBoundsModel, { description: 'Wat het landelijk beleid toestaat.' })
  bounds!: ReminderOffsetBoundsModel;
}

@ArgsType()
export class SetReminderOffsetsArgs extends ProgrammeIdArgs {
  @Field(() => [Int], {
    description:
      'Dagen vóór een termijn waarop de projectleiders een herinnering krijgen, bijvoorbeeld [14, 3]. Binnen het landelijk beleid (zie ReminderPolicy.bounds). De landelijke standaard kiezen zet het programma terug op de standaard.',
  })
  @IsArray()
  // A generous guard on the input's size; the policy's own limit (maxCount) is the domain's, with its own sentence.
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  daysBefore!: number[];
}
