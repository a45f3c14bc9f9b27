import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  parseProgrammeId,
  type AcknowledgeDecision,
  type ActionStatus,
  type ActorRole,
  type PartnerDomain,
  type PolicyInstrumentKind,
  type ProjectLeadKind,
  type Recommendation,
  type SupportLevel,
  type Theme,
} from '../../../../libs/domain/src';
import {
  AcknowledgeDecisionEnum,
  ActionStatusEnum,
  ActorRoleEnum,
  PartnerDomainEnum,
  PolicyInstrumentKindEnum,
  ProjectLeadKindEnum,
  RecommendationEnum,
  SupportLevelEnum,
  ThemeEnum,
} from './lifecycle.model';

const NAME = 200;
const TEXT = 500;

/** Validates a programme id with the domain's one parser. */
export const IsProgrammeId = () =>
  ValidateBy({
    name: 'isProgrammeId',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseProgrammeId(value).ok,
      defaultMessage: () => 'programmeId is geen programmasleutel zoals programme-GM0363-1',
    },
  });

/** Which programme. */
@ArgsType()
export class ProgrammeIdArgs {
  @Field(() => ID, { description: 'Het programma, bijvoorbeeld programme-GM0363-1.' })
  @IsString()
  @IsProgrammeId()
  programmeId!: string;
}

/** Which programme a step is for, and in which role the caller takes it. */
@ArgsType()
export class StepArgs extends ProgrammeIdArgs {
  @Field(() => ActorRoleEnum, {
    nullable: true,
    description:
      'Alleen nodig als u in dit programma meer dan één rol heeft die deze stap mag zetten: welke. Uw rollen komen uit de ledenlijst, niet uit het verzoek (P1).',
  })
  @IsOptional()
  @IsIn(Object.values(ActorRoleEnum))
  actingAs?: ActorRole;

  @Field({
    nullable: true,
    description:
      'P1: een programmamanager legt een besluit van de wethouder vast "namens" de aangewezen bestuurlijk trekker (commitment bevestigen, agenda vaststellen, escalatie afhandelen). De tijdlijn noemt dan beiden.',
  })
  @IsOptional()
  @IsBoolean()
  onBehalfOfAdministrativeLead?: boolean;
}

@InputType({ description: 'Wethouder aanwijzen als bestuurlijk trekker (R1.1).' })
export class DesignateAdministrativeLeadInput {
  @Field({ nullable: true, description: 'Naam (optioneel; een rol volstaat).' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  name?: string;
}

@InputType({ description: 'Een partnerorganisatie committeert zich (R1.2).' })
export class CommitPartnerInput {
  @Field({ description: 'Naam van de organisatie.' }) @IsString() @MinLength(1) @MaxLength(NAME) organisation!: string;
  @Field(() => PartnerDomainEnum, { description: 'Domein (zorg, onderwijs, justitie, gemeente, overig).' })
  @IsIn(Object.values(PartnerDomainEnum))
  domain!: PartnerDomain;
}

@InputType({ description: 'Projectleider aanstellen (R1.3).' })
export class AppointProjectLeadInput {
  @Field(() => ProjectLeadKindEnum, { description: 'INTERNAL of EXTERNAL.' })
  @IsIn(Object.values(ProjectLeadKindEnum))
  kind!: ProjectLeadKind;
  @Field({ nullable: true, description: 'Naam (optioneel; een rol volstaat).' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  name?: string;
}

@InputType({ description: 'Een aanbevolen punt is opgevolgd (R1.4, R1.5).' })
export class RecordRecommendationInput {
  @Field(() => RecommendationEnum, { description: 'Het aanbevolen punt.' })
  @IsIn(Object.values(RecommendationEnum))
  item!: Recommendation;
}

@InputType({ description: 'Een knelpunt van professionals vastleggen, met het domein waar het vandaan komt (R2.1).' })
export class RecordBottleneckInput {
  @Field({ description: 'Omschrijving van het knelpunt.' })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  description!: string;
  @Field(() => PartnerDomainEnum, { description: 'Domein (zorg, onderwijs, justitie, gemeente, overig).' })
  @IsIn(Object.values(PartnerDomainEnum))
  domain!: PartnerDomain;
}

@InputType({ description: 'Een thema kiezen of schrappen (R2.2).' })
export class ThemeInput {
  @Field(() => ThemeEnum, { description: 'Thema.' }) @IsIn(Object.values(ThemeEnum)) theme!: Theme;
}

@InputType({ description: 'Een actie toevoegen aan een gekozen thema, met een trekkende organisatie (R2.3).' })
export class AddActionInput {
  @Field({ description: 'Titel.' }) @IsString() @MinLength(1) @MaxLength(NAME) title!: string;
  @Field(() => ThemeEnum, { description: 'Thema.' }) @IsIn(Object.values(ThemeEnum)) theme!: Theme;
  @Field({ description: 'Trekkende organisatie (eigenaar).' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  ownerOrganisation!: string;
  @Field({ nullable: true, description: 'Gericht op scholen: maakt een scholingstraject nodig (R3.1).' })
  @IsOptional()
  @IsBoolean()
  aimedAtSchools?: boolean;
  @Field({ nullable: true, description: 'Overgenomen praktijk uit de praktijkbibliotheek.' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  practiceId?: string;
}

@InputType({ description: 'Een organisatie bevestigt het draagvlak op één niveau (R2.4).' })
export class ConfirmSupportInput {
  @Field({ description: 'Naam van de organisatie.' }) @IsString() @MinLength(1) @MaxLength(NAME) organisation!: string;
  @Field(() => SupportLevelEnum, { description: 'PROFESSIONAL of MANAGEMENT.' })
  @IsIn(Object.values(SupportLevelEnum))
  level!: SupportLevel;
}

@InputType({ description: 'Status van een actie wijzigen (R3.2); stoppen vraagt een reden.' })
export class UpdateActionStatusInput {
  @Field(() => ID, { description: 'De actie (id uit agenda.actions).' }) @IsString() @MaxLength(64) actionId!: string;
  @Field(() => ActionStatusEnum, { description: 'Nieuwe status.' })
  @IsIn(Object.values(ActionStatusEnum))
  status!: ActionStatus;
  @Field({ nullable: true, description: 'Reden.' }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
}

@InputType({ description: 'Een scholingsbijeenkomst plannen binnen het schooljaar van de regio (R3.1).' })
export class PlanTrainingSessionInput {
  @Field(() => GraphQLLocalDate, { description: 'Datum (JJJJ-MM-DD), een schooldag van de regio (R3.3).' })
  date!: string;
  @Field({ description: 'Titel.' }) @IsString() @MinLength(1) @MaxLength(NAME) title!: string;
}

@InputType({ description: 'Een gegeven bijeenkomst vastleggen: bereikte scholen en getrainde medewerkers.' })
export class RecordTrainingDeliveredInput {
  @Field(() => ID, { description: 'De bijeenkomst (id uit training.sessions).' })
  @IsString()
  @MaxLength(64)
  sessionId!: string;
  @Field(() => Int, { description: 'Aantal bereikte scholen.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  schoolsReached!: number;
  @Field(() => Int, { description: 'Aantal getrainde medewerkers.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  staffTrained!: number;
}

@InputType({ description: 'R4.5: looptijd van een beleidsinstrument in jaren, bijvoorbeeld 2015–2020.' })
export class InstrumentPeriodInput {
  @Field(() => Int, { description: 'Eerste jaar.' }) @IsInt() @Min(2000) @Max(2100) from!: number;
  @Field(() => Int, { nullable: true, description: 'Laatste jaar (leeg: zonder einddatum).' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  to?: number;
}

@InputType({ description: 'R4.5: het instrument dat een verlopen instrument opvolgt.' })
export class SuccessorInstrumentInput {
  @Field({ description: 'Naam van het opvolgende beleidsinstrument.' })
  @IsString()
  @MaxLength(NAME)
  instrumentName!: string;
  @Field(() => InstrumentPeriodInput, { nullable: true, description: 'Looptijd, als het die heeft.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstrumentPeriodInput)
  period?: InstrumentPeriodInput;
  @Field(() => PolicyInstrumentKindEnum, { nullable: true, description: 'Soort (leeg: dezelfde als het vorige).' })
  @IsOptional()
  @IsIn(Object.values(PolicyInstrumentKindEnum))
  instrument?: PolicyInstrumentKind;
}

@InputType({ description: 'R4.5: het opvolgende instrument van de borging van een actie vastleggen.' })
export class RecordSuccessorInstrumentInput extends SuccessorInstrumentInput {
  @Field(() => ID, { description: 'De geborgde actie (id uit agenda.actions).' })
  @IsString()
  @MaxLength(64)
  actionId!: string;
}

@InputType({ description: 'R4.5: per borging in de check-in: geldt het instrument nog, of wat volgt het op.' })
export class EmbeddingCheckInput {
  @Field(() => ID, { description: 'De geborgde actie.' }) @IsString() @MaxLength(64) actionId!: string;
  @Field({ description: 'Het instrument geldt nog.' }) @IsBoolean() inForce!: boolean;
  @Field(() => SuccessorInstrumentInput, { nullable: true, description: 'Het opvolgende instrument, als dat er is.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SuccessorInstrumentInput)
  successor?: SuccessorInstrumentInput;
}

@InputType({ description: 'Een afgeronde actie borgen in een bestaand beleidsinstrument (R4.1, R4.2).' })
export class RecordEmbeddingInput {
  @Field(() => ID, { description: 'De actie (id uit agenda.actions).' }) @IsString() @MaxLength(64) actionId!: string;
  @Field(() => PolicyInstrumentKindEnum, { description: 'Soort bestaand beleidsinstrument.' })
  @IsIn(Object.values(PolicyInstrumentKindEnum))
  instrument!: PolicyInstrumentKind;
  @Field({ description: 'Naam van het beleidsinstrument.' }) @IsString() @MaxLength(NAME) instrumentName!: string;
  @Field({ description: 'De organisatie die de actie overneemt.' }) @IsString() @MaxLength(NAME) takenOverBy!: string;
  @Field({ description: 'De verantwoordelijke rol bij die organisatie.' })
  @IsString()
  @MaxLength(NAME)
  responsibleRole!: string;
  @Field({
    nullable: true,
    description: 'C3: de deelnemende gemeente van het collectief die borgt (CBS-code); leeg: de penvoerder.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  municipalityCode?: string;
  @Field(() => InstrumentPeriodInput, {
    nullable: true,
    description: 'R4.5: looptijd van het instrument, als het die heeft.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstrumentPeriodInput)
  period?: InstrumentPeriodInput;
}

@InputType({ description: 'Interne eigenaar van de borging benoemen (R4.3).' })
export class NameEmbeddingOwnerInput {
  @Field({ description: 'Rol, bijvoorbeeld beleidsambtenaar jeugd.' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  role!: string;
  @Field({ nullable: true, description: 'Naam (optioneel; een rol volstaat).' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  name?: string;
}

@InputType({ description: 'Jaarlijkse check-in in de fase Continuering, met indicatoren.' })
export class RecordCheckInInput {
  @Field(() => Int, { description: 'Jaar van de check-in.' }) @IsInt() @Min(2015) @Max(2100) year!: number;
  @Field(() => Int, { nullable: true, description: 'Hermeldingen bij Veilig Thuis.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  repeatReports?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal getrainde professionals.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  professionalsTrained?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal bereikte scholen.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  schoolsReached?: number;
  @Field({ nullable: true, description: 'Toelichting.' }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
  @Field(() => [EmbeddingCheckInput], {
    nullable: true,
    description: 'R4.5: per borging of het instrument nog geldt (of het opvolgende instrument).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EmbeddingCheckInput)
  embeddings?: EmbeddingCheckInput[];
}

@InputType({ description: 'Eigen indicatoren over een kwartaal.' })
export class ReportIndicatorsInput {
  @Field({ description: "Kwartaal, bijvoorbeeld '2027-Q2'." }) @IsString() @Matches(/^\d{4}-Q[1-4]$/) period!: string;
  @Field(() => Int, { nullable: true, description: 'Hermeldingen bij Veilig Thuis.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  repeatReports?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal getrainde professionals.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  professionalsTrained?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal bereikte scholen.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  schoolsReached?: number;
}

@InputType({ description: 'Een escalatie afhandelen met een besluit (wethouder of kwartiermaker).' })
export class AcknowledgeEscalationInput {
  @Field(() => ID, { description: 'De escalatie (id uit escalations).' })
  @IsString()
  @MaxLength(160)
  escalationId!: string;
  @Field(() => AcknowledgeDecisionEnum, { description: 'Het besluit.' })
  @IsIn(Object.values(AcknowledgeDecisionEnum))
  decision!: AcknowledgeDecision;
  @Field(() => Int, { nullable: true, description: 'Bij EXTEND: aantal weken (1–52).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  weeks?: number;
  @Field({ nullable: true, description: 'Toelichting.' }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

@InputType({ description: 'Een reden (pauzeren, afbreken, afsluiten).' })
export class ReasonInput {
  @Field({ description: 'Reden.' }) @IsString() @MinLength(1) @MaxLength(TEXT) reason!: string;
}

@InputType({ description: 'Afsluiten van het programma.' })
export class CloseProgrammeInput {
  @Field({ nullable: true, description: 'Toelichting.' }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

@InputType({ description: 'Drempels in weken (1–520) per stap; alleen de opgegeven stappen veranderen.' })
export class StallThresholdsInput {
  @Field(() => Int, { nullable: true, description: 'Weken voor de fase Commitment.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  COMMITMENT?: number;
  @Field(() => Int, { nullable: true, description: 'Weken voor de verbeteragenda.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  AGENDA?: number;
  @Field(() => Int, { nullable: true, description: 'Weken per actie in de uitvoering.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  EXECUTION?: number;
  @Field(() => Int, { nullable: true, description: 'Weken voor de borging.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  EMBEDDING?: number;
  @Field(() => Int, { nullable: true, description: 'Weken tussen jaarlijkse check-ins.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  CONTINUATION?: number;
}

@InputType({ description: 'Beleid van dit programma wijzigen.' })
export class ChangeSettingsInput {
  @Field(() => StallThresholdsInput, { nullable: true, description: 'Drempels in weken per stap.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StallThresholdsInput)
  stallThresholdWeeks?: StallThresholdsInput;
  @Field(() => Int, { nullable: true, description: 'Weken tussen escalatieniveaus.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  escalationIntervalWeeks?: number;
  @Field({ nullable: true, description: 'MM-DD, tussen 03-01 en 06-30.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}-\d{2}$/)
  calendarCutoff?: string;
  @Field({ nullable: true, description: 'Eigen webhook voor escalaties (http/https); lege tekst verwijdert hem.' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @ValidateIf((o: ChangeSettingsInput) => o.webhookUrl !== '')
  @IsUrl(
    // No user:password@ in a webhook address (issue 14): receivers verify the signature instead.
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true, disallow_auth: true },
    { message: 'webhookUrl moet een http(s)-adres zonder gebruikersnaam of wachtwoord zijn' },
  )
  webhookUrl?: string;
}
