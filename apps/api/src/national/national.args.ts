import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class StalledProgrammesArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Hoeveel programma’s (1–200).' })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}

@ArgsType()
export class EscalationQueueArgs {
  @Field(() => Int, { defaultValue: 100, description: 'Hoeveel escalaties (1–500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class MentorSuggestionsArgs extends ProgrammeIdArgs {
  @Field(() => Int, { defaultValue: 5, description: 'Hoeveel suggesties (1–20).' })
  @IsInt()
  @Min(1)
  @Max(20)
  first!: number;
}

@InputType('MentorPairingInput', {
  description: 'De mentor: een pioniersgemeente, of een gemeente waarvan het programma de borging afrondde.',
})
export class MentorPairingInput {
  @Field({ description: 'CBS-gemeentecode van de mentor, bijvoorbeeld GM0917 (Heerlen).' })
  @IsString()
  @MaxLength(40)
  mentorMunicipalityCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Het programma van de mentor; standaard het nieuwste van die gemeente als het de borging afrondde.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  mentorProgrammeId?: string;

  @Field({ nullable: true, description: 'Toelichting, bijvoorbeeld waarom deze mentor.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
