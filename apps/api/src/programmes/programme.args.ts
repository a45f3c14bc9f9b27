import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DECLARABLE_PHASES,
  MEMBER_ROLES,
  type DeclarablePhase,
  type MemberRole,
  type ProgrammePhase,
  type ProgrammeStatus,
  type RiskFlag,
} from '../../../../libs/domain/src';
import { MemberRoleEnum } from '../members/members.model';
import { RiskFlagEnum } from './lifecycle.model';
import { ProgrammePhaseEnum, ProgrammeStatusEnum, SchoolHolidayRegionEnum } from './programme.model';

@ArgsType()
export class MunicipalityCodeArgs {
  @Field({ description: 'CBS-gemeentecode: GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (Amsterdam).' })
  @IsString()
  @MaxLength(40)
  municipalityCode!: string;
}

export const DeclarablePhaseEnum = Object.fromEntries(DECLARABLE_PHASES.map((p) => [p, p])) as {
  [K in DeclarablePhase]: K;
};
registerEnumType(DeclarablePhaseEnum, {
  name: 'DeclarablePhase',
  description:
    'Een fase die als afgerond kan worden opgegeven: COMMITMENT, AGENDA, EXECUTION of EMBEDDING (de continuering eindigt pas bij het afsluiten).',
});

@InputType({
  description:
    'Een fase die al vóór de registratie in Olievlek was afgerond, en de dag waarop zij eindigde (en de volgende begon).',
})
export class PastPhaseInput {
  @Field(() => DeclarablePhaseEnum, { description: 'De fase.' })
  @IsIn(DECLARABLE_PHASES)
  phase!: DeclarablePhase;
  @Field(() => GraphQLLocalDate, { description: 'De dag waarop de fase eindigde (JJJJ-MM-DD, Europe/Amsterdam).' })
  endedOn!: string;
}

@ArgsType()
export class StartProgrammeArgs extends MunicipalityCodeArgs {
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Alleen als het programma al liep vóór het in Olievlek kwam: de dag waarop het werkelijk begon (vanaf 2015-01-01, niet in de toekomst). Telt mee in de verspreidingscurve en als begin van de fase COMMITMENT; de termijnen lopen vanaf nu.',
  })
  @IsOptional()
  startedOn?: string;

  @Field(() => [PastPhaseInput], {
    nullable: true,
    description:
      'Alleen met startedOn: de fasen die al waren afgerond, vanaf COMMITMENT op volgorde, elk met de dag waarop zij eindigde (oplopend, niet vóór startedOn, niet in de toekomst). De stappen worden daarna gewoon gezet; de stap die zo’n fase afrondt, dateert de overgang terug naar die dag, zodat de doorlooptijden kloppen. De termijn van de fase waarin het programma werkelijk zit, loopt vanaf die dag (docs/rules.md).',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PastPhaseInput)
  pastPhases?: PastPhaseInput[];

  @Field(() => [String], {
    nullable: true,
    description:
      'C1: als een collectief het programma voert, de CBS-codes van de deelnemende gemeenten (de gemeente zelf is de penvoerder). Elke gemeente doet mee aan ten hoogste één lopend programma; haar eigen wethouder bevestigt daarna het commitment (C2).',
  })
  @IsOptional()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  members?: string[];
}

@ArgsType()
export class ProgrammeLookupArgs {
  @Field({ nullable: true, description: 'CBS-gemeentecode: het meest recente programma van deze gemeente.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  municipalityCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Of: het programma met deze sleutel, bijvoorbeeld programme-GM0363-1.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  id?: string;
}

export const ProgrammeSortFieldEnum = {
  STARTED_AT: 'STARTED_AT',
  UPDATED_AT: 'UPDATED_AT',
  OPEN_ESCALATION_LEVEL: 'OPEN_ESCALATION_LEVEL',
  MUNICIPALITY_NAME: 'MUNICIPALITY_NAME',
} as const;
registerEnumType(ProgrammeSortFieldEnum, {
  name: 'ProgrammeSortField',
  description: 'Sorteren op startmoment, laatste wijziging, hoogste open escalatie of gemeentenaam.',
});
export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, { name: 'SortDirection', description: 'Oplopend (ASC) of aflopend (DESC).' });

@InputType({ description: 'Filters voor de programmalijst; alle opgegeven filters gelden samen.' })
export class ProgrammeFilterInput {
  @Field(() => [ProgrammePhaseEnum], { nullable: true, description: 'Alleen deze fasen.' })
  @IsOptional()
  @IsIn(Object.values(ProgrammePhaseEnum), { each: true })
  phases?: ProgrammePhase[];
  @Field(() => [ProgrammeStatusEnum], { nullable: true, description: 'Alleen deze statussen.' })
  @IsOptional()
  @IsIn(Object.values(ProgrammeStatusEnum), { each: true })
  statuses?: ProgrammeStatus[];
  @Field({ nullable: true, description: 'Provincie (CBS-naam, bijv. Fryslân).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  province?: string;
  @Field(() => SchoolHolidayRegionEnum, { nullable: true, description: 'Alleen deze schoolvakantieregio.' })
  @IsOptional()
  @IsIn(Object.values(SchoolHolidayRegionEnum))
  schoolHolidayRegion?: keyof typeof SchoolHolidayRegionEnum;
  @Field({ nullable: true, description: 'Veilig Thuis-regio (CBS-naam).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  veiligThuisRegion?: string;
  @Field({ nullable: true, description: 'Alleen deze gemeente.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  municipalityCode?: string;
  @Field(() => RiskFlagEnum, { nullable: true, description: 'Alleen programma’s met dit risicosignaal.' })
  @IsOptional()
  @IsIn(Object.values(RiskFlagEnum))
  riskFlag?: RiskFlag;
  @Field(() => Int, {
    nullable: true,
    description: 'Alleen programma’s met een open escalatie van minstens dit niveau (1–3).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3)
  minOpenEscalationLevel?: number;
  @Field(() => MemberRoleEnum, {
    nullable: true,
    description:
      'Alleen programma’s waarin u zelf deze rol heeft (P1), bijvoorbeeld PROGRAMME_MANAGER: uw portefeuille. Bij PROGRAMME_MANAGER tellen ook de programma’s die uw inlog als programmamanager noemt.',
  })
  @IsOptional()
  @IsIn(MEMBER_ROLES)
  myRole?: MemberRole;
  @Field({
    nullable: true,
    description:
      'Alleen het laatste programma van elke gemeente (het hoogste volgnummer), zoals de landelijke kaart het toont.',
  })
  @IsOptional()
  @IsBoolean()
  latestPerMunicipality?: boolean;
}

@InputType({ description: 'Sortering van de programmalijst.' })
export class ProgrammeOrderInput {
  @Field(() => ProgrammeSortFieldEnum, { description: 'Sorteerveld.' })
  @IsIn(Object.values(ProgrammeSortFieldEnum))
  field!: keyof typeof ProgrammeSortFieldEnum;
  @Field(() => SortDirectionEnum, { defaultValue: 'DESC', description: 'Richting.' })
  @IsIn(Object.values(SortDirectionEnum))
  direction!: keyof typeof SortDirectionEnum;
}

@ArgsType()
export class ProgrammesArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Aantal programma’s per pagina (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field({ nullable: true, description: 'Cursor van het laatste programma van de vorige pagina (pageInfo.endCursor).' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @Field(() => ProgrammeFilterInput, { nullable: true, description: 'Filters; alle opgegeven filters gelden samen.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeFilterInput)
  filter?: ProgrammeFilterInput;

  @Field(() => ProgrammeOrderInput, { nullable: true, description: 'Standaard: nieuwste eerst (STARTED_AT, DESC).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeOrderInput)
  orderBy?: ProgrammeOrderInput;
}
