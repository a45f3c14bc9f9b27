import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { SCHOOL_HOLIDAY_KINDS, TRAINING_DEADLINE_KINDS } from '../../../../libs/domain/src';
import { SchoolYearModel, TrainingSessionModel } from './lifecycle.model';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TrainingDeadlineKindEnum = asEnum(TRAINING_DEADLINE_KINDS);
registerEnumType(TrainingDeadlineKindEnum, {
  name: 'TrainingDeadlineKind',
  description:
    'Vaste data van R3.1: WINDOW_OPENS (1 januari, het gesprek met de schoolbesturen kan beginnen), NOT_STARTED (1 februari: niet gestart → niveau 1), END_OF_FEBRUARY (eind februari: niet gestart → schooljaar gemist, niveau 2), CALENDAR_CUTOFF (uiterste datum, standaard 31 mei: niet op de activiteitenkalender → niveau 3).',
});

export const SchoolHolidayKindEnum = asEnum(SCHOOL_HOLIDAY_KINDS);
registerEnumType(SchoolHolidayKindEnum, {
  name: 'SchoolHolidayKind',
  description: 'Schoolvakantie (R3.3): herfst-, kerst-, voorjaars-, mei- en zomervakantie.',
});

@ObjectType('TrainingCalendarDeadline', { description: 'Een vaste datum van het doelschooljaar (R3.1).' })
export class TrainingCalendarDeadlineModel {
  @Field(() => TrainingDeadlineKindEnum, { description: 'Welke datum.' }) kind!: string;
  @Field(() => GraphQLLocalDate, {
    description: 'De dag zoals de regel hem noemt (1 januari, 1 februari, laatste dag van februari, 31 mei).',
  })
  date!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment waarop de termijn ingaat (Nederlandse tijd, 00:00).' })
  actsAt!: string;
}

@ObjectType('SchoolHoliday', { description: 'Een schoolvakantie van de vakantieregio van de gemeente (R3.3).' })
export class SchoolHolidayModel {
  @Field(() => SchoolHolidayKindEnum, { description: 'Welke vakantie.' }) kind!: string;
  @Field(() => Int, { description: 'Beginjaar van het schooljaar waar de vakantie bij hoort.' }) schoolYear!: number;
  @Field(() => GraphQLLocalDate, { description: 'Eerste vakantiedag.' }) from!: string;
  @Field(() => GraphQLLocalDate, { description: 'Laatste vakantiedag.' }) to!: string;
  @Field({ description: 'Adviesdatum van het ministerie: scholen mogen ervan afwijken.' }) advisory!: boolean;
  @Field({ description: 'Nog niet gepubliceerd: een schatting (alleen de zomervakantie).' }) provisional!: boolean;
}

@ObjectType('TrainingCalendar', {
  description:
    'De scholingskalender van het programma (R3.1, R3.3): het schooljaar van de vakantieregio, de vaste data, de schoolvakanties en de bijeenkomsten.',
})
export class TrainingCalendarModel {
  @Field(() => Int, { description: 'Jaar Y van het doelschooljaar Y/Y+1.' }) targetYear!: number;
  @Field(() => SchoolYearModel, { description: 'Schooljaar Y/Y+1 van de vakantieregio.' })
  schoolYear!: SchoolYearModel;
  @Field(() => [TrainingCalendarDeadlineModel], { description: 'De vaste data, in volgorde.' })
  deadlines!: TrainingCalendarDeadlineModel[];
  @Field(() => [SchoolHolidayModel], {
    description: 'Schoolvakanties van 1 januari Y tot en met de zomervakantie na schooljaar Y/Y+1, oudste eerst.',
  })
  holidays!: SchoolHolidayModel[];
  @Field({
    description:
      'Onwaar als de vakanties van een schooljaar nog niet gepubliceerd zijn (dan alleen de geschatte zomer).',
  })
  holidaysPublished!: boolean;
  @Field(() => [TrainingSessionModel], { description: 'Geplande en gegeven bijeenkomsten, op datum.' })
  sessions!: TrainingSessionModel[];
}
