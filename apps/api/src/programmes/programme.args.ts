import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class MunicipalityCodeArgs {
  @Field({ description: 'CBS-gemeentecode: GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (Amsterdam).' })
  @IsString()
  @MaxLength(40)
  municipalityCode!: string;
}
