import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { capitalise, formatMessage, type Language } from '../../../../libs/domain/src';
import { UserFacingError, type Sentence } from './graphql-errors';

// What the validation pipe says about malformed input, in Dutch and English of our own (issue 15:
// no English validator text inside a Dutch sentence). class-validator's messages are never shown;
// each failed constraint is worded from its name and its arguments (200 in @MaxLength(200)), read
// from class-validator's metadata, and each field by a label a policy officer recognises.

type Words = Record<Language, string>;

/** Field names of the input types, in words (the GraphQL name stays in `extensions.details`). */
const FIELDS: Record<string, Words> = {
  actingAs: { nl: 'de rol waarin u handelt', en: 'the role you act in' },
  actionId: { nl: 'de actie', en: 'the action' },
  aimedAtSchools: { nl: 'gericht op scholen', en: 'aimed at schools' },
  after: { nl: 'de cursor', en: 'the cursor' },
  calendarCutoff: { nl: 'de uiterste datum van de activiteitenkalender', en: 'the activity calendar’s cut-off' },
  date: { nl: 'de datum', en: 'the date' },
  daysBefore: { nl: 'het aantal dagen vooraf', en: 'the days before' },
  decision: { nl: 'het besluit', en: 'the decision' },
  description: { nl: 'de omschrijving', en: 'the description' },
  digest: { nl: 'het wekelijkse overzicht', en: 'the weekly digest' },
  digestSubscribed: { nl: 'het wekelijkse overzicht', en: 'the weekly digest' },
  direction: { nl: 'de sorteervolgorde', en: 'the sort order' },
  domain: { nl: 'het domein', en: 'the domain' },
  email: { nl: 'het e-mailadres', en: 'the e-mail address' },
  endedOn: { nl: 'de einddatum van de fase', en: 'the day the phase ended' },
  escalationId: { nl: 'de escalatie', en: 'the escalation' },
  escalationIntervalWeeks: {
    nl: 'het aantal weken tussen de escalatieniveaus',
    en: 'the weeks between escalation levels',
  },
  field: { nl: 'het sorteerveld', en: 'the sort field' },
  filter: { nl: 'het filter', en: 'the filter' },
  first: { nl: 'het aantal per pagina', en: 'the page size' },
  id: { nl: 'de sleutel', en: 'the key' },
  instrument: { nl: 'het soort beleidsinstrument', en: 'the kind of policy instrument' },
  instrumentName: { nl: 'de naam van het beleidsinstrument', en: 'the name of the policy instrument' },
  invitationId: { nl: 'de uitnodiging', en: 'the invitation' },
  item: { nl: 'het aanbevolen punt', en: 'the recommended item' },
  kind: { nl: 'de soort', en: 'the kind' },
  language: { nl: 'de taal', en: 'the language' },
  level: { nl: 'het niveau', en: 'the level' },
  memberId: { nl: 'het lid', en: 'the member' },
  membershipId: { nl: 'het lidmaatschap', en: 'the membership' },
  mentorMunicipalityCode: { nl: 'de gemeentecode van de mentor', en: 'the mentor’s municipality code' },
  mentorProgrammeId: { nl: 'het programma van de mentor', en: 'the mentor’s programme' },
  minOpenEscalationLevel: { nl: 'het laagste escalatieniveau', en: 'the lowest escalation level' },
  mode: { nl: 'de manier van berichten', en: 'the way of notifying' },
  myRole: { nl: 'mijn rol', en: 'my role' },
  latestPerMunicipality: {
    nl: 'alleen het laatste programma per gemeente',
    en: 'only the latest programme per municipality',
  },
  municipalities: { nl: 'de gemeenten', en: 'the municipalities' },
  municipalityCode: { nl: 'de gemeentecode', en: 'the municipality code' },
  name: { nl: 'de naam', en: 'the name' },
  note: { nl: 'de toelichting', en: 'the note' },
  notificationMode: { nl: 'de manier van berichten', en: 'the way of notifying' },
  onBehalfOfAdministrativeLead: { nl: '‘namens de wethouder’', en: '‘on behalf of the alderman’' },
  orderBy: { nl: 'de sortering', en: 'the sorting' },
  organisation: { nl: 'de organisatie', en: 'the organisation' },
  ownerOrganisation: { nl: 'de trekkende organisatie', en: 'the owner organisation' },
  partnerDomain: { nl: 'het domein van de partner', en: 'the partner’s domain' },
  partnerLevel: { nl: 'het niveau van de partner', en: 'the partner’s level' },
  partnerOrganisation: { nl: 'de partnerorganisatie', en: 'the partner organisation' },
  pastPhases: { nl: 'de afgeronde fasen', en: 'the completed phases' },
  period: { nl: 'het kwartaal', en: 'the quarter' },
  phase: { nl: 'de fase', en: 'the phase' },
  phases: { nl: 'de fasen', en: 'the phases' },
  practiceId: { nl: 'de werkwijze uit de bibliotheek', en: 'the practice from the library' },
  professionalsTrained: { nl: 'het aantal geschoolde professionals', en: 'the professionals trained' },
  programmeId: { nl: 'de programmasleutel', en: 'the programme key' },
  province: { nl: 'de provincie', en: 'the province' },
  reason: { nl: 'de reden', en: 'the reason' },
  repeatReports: { nl: 'het aantal hermeldingen', en: 'the repeat reports' },
  responsibleRole: { nl: 'de verantwoordelijke rol', en: 'the responsible role' },
  riskFlag: { nl: 'het risico', en: 'the risk flag' },
  role: { nl: 'de rol', en: 'the role' },
  schoolHolidayRegion: { nl: 'de vakantieregio', en: 'the school-holiday region' },
  schoolsReached: { nl: 'het aantal bereikte scholen', en: 'the schools reached' },
  scope: { nl: 'het bereik van het abonnement', en: 'the subscription’s scope' },
  sessionId: { nl: 'de scholingsbijeenkomst', en: 'the training session' },
  staffTrained: { nl: 'het aantal geschoolde medewerkers', en: 'the staff trained' },
  stallThresholdWeeks: { nl: 'de termijnen per fase', en: 'the thresholds per phase' },
  COMMITMENT: { nl: 'de termijn van de fase Commitment', en: 'the Commitment phase’s threshold' },
  AGENDA: { nl: 'de termijn van de verbeteragenda', en: 'the improvement agenda’s threshold' },
  EXECUTION: { nl: 'de termijn per actie in de uitvoering', en: 'the threshold per action in execution' },
  EMBEDDING: { nl: 'de termijn van de borging', en: 'the embedding threshold' },
  CONTINUATION: { nl: 'de termijn van de continuering', en: 'the continuation threshold' },
  startedOn: { nl: 'de startdatum', en: 'the start date' },
  status: { nl: 'de status', en: 'the status' },
  statuses: { nl: 'de statussen', en: 'the statuses' },
  takenOverBy: { nl: 'de organisatie die de actie overneemt', en: 'the organisation taking it over' },
  theme: { nl: 'het thema', en: 'the theme' },
  title: { nl: 'de titel', en: 'the title' },
  token: { nl: 'de sleutel', en: 'the token' },
  veiligThuisRegion: { nl: 'de Veilig Thuis-regio', en: 'the Veilig Thuis region' },
  webhookUrl: { nl: 'het webhookadres', en: 'the webhook address' },
  weeks: { nl: 'het aantal weken', en: 'the number of weeks' },
  year: { nl: 'het jaar', en: 'the year' },
  embeddings: { nl: 'de bevestigingen per borging', en: 'the confirmations per embedding' },
  from: { nl: 'het eerste jaar van de looptijd', en: 'the first year of the period' },
  inForce: { nl: 'nog van kracht', en: 'still in force' },
  members: { nl: 'de deelnemende gemeenten', en: 'the member municipalities' },
  successor: { nl: 'het opvolgende instrument', en: 'the successor instrument' },
  to: { nl: 'het laatste jaar van de looptijd', en: 'the last year of the period' },
};

/** A field in words; a field we have no words for yet is named as the API names it. */
export const fieldLabel = (property: string, language: Language): string =>
  FIELDS[property]?.[language] ?? (language === 'nl' ? `het veld ‘${property}’` : `the field ‘${property}’`);

export const hasFieldLabel = (property: string): boolean => Object.hasOwn(FIELDS, property);

type Predicate = (args: readonly unknown[]) => Words;
const n = (args: readonly unknown[]) => Number(args[0]);

/** What a constraint asks, after the field's name ("… mag hoogstens 200 tekens lang zijn"). */
const PREDICATES: Record<string, Predicate> = {
  isString: () => ({ nl: 'moet tekst zijn', en: 'must be text' }),
  minLength: (a) =>
    n(a) <= 1
      ? { nl: 'mag niet leeg zijn', en: 'must not be empty' }
      : {
          nl: `moet minstens ${formatMessage('characters', 'nl', { count: n(a) })} lang zijn`,
          en: `must be at least ${formatMessage('characters', 'en', { count: n(a) })} long`,
        },
  maxLength: (a) => ({
    nl: `mag hoogstens ${formatMessage('characters', 'nl', { count: n(a) })} lang zijn`,
    en: `may be at most ${formatMessage('characters', 'en', { count: n(a) })} long`,
  }),
  isIn: () => ({ nl: 'heeft een waarde die hier niet is toegestaan', en: 'has a value that is not allowed here' }),
  isInt: () => ({ nl: 'moet een geheel getal zijn', en: 'must be a whole number' }),
  min: (a) => ({ nl: `moet minstens ${n(a)} zijn`, en: `must be at least ${n(a)}` }),
  max: (a) => ({ nl: `mag hoogstens ${n(a)} zijn`, en: `may be at most ${n(a)}` }),
  isBoolean: () => ({ nl: 'moet waar of onwaar (true of false) zijn', en: 'must be true or false' }),
  isEmail: () => ({ nl: 'is geen geldig e-mailadres', en: 'is not a valid e-mail address' }),
  isUrl: () => ({ nl: 'is geen geldig webadres', en: 'is not a valid web address' }),
  matches: () => ({ nl: 'heeft niet de goede vorm', en: 'does not have the right form' }),
  isArray: () => ({ nl: 'moet een lijst zijn', en: 'must be a list' }),
  arrayMaxSize: (a) => ({
    nl: `mag hoogstens ${formatMessage('values', 'nl', { count: n(a) })} bevatten`,
    en: `may hold at most ${formatMessage('values', 'en', { count: n(a) })}`,
  }),
  nestedValidation: () => ({ nl: 'moet een samengesteld gegeven zijn', en: 'must be an object' }),
  isProgrammeId: () => ({
    nl: 'is geen programmasleutel zoals programme-GM0363-1',
    en: 'is not a programme key such as programme-GM0363-1',
  }),
  // forbidUnknownValues: an argument that is not an input object at all.
  unknownValue: () => ({ nl: 'is geen bekend gegeven', en: 'is not a known value' }),
  whitelistValidation: () => ({ nl: 'hoort niet bij deze aanvraag', en: 'does not belong in this request' }),
};

/** Where a field's own format is more telling than the constraint's general words. */
const FIELD_PREDICATES: Record<string, Partial<Record<string, Predicate>>> = {
  period: { matches: () => ({ nl: 'moet een kwartaal zijn zoals 2027-Q2', en: 'must be a quarter such as 2027-Q2' }) },
  calendarCutoff: {
    matches: () => ({
      nl: 'moet maand-dag zijn (MM-DD), bijvoorbeeld 05-31',
      en: 'must be month-day (MM-DD), e.g. 05-31',
    }),
  },
  webhookUrl: {
    isUrl: () => ({
      nl: 'moet een http- of https-adres zijn zonder gebruikersnaam of wachtwoord',
      en: 'must be an http or https address without user name or password',
    }),
  },
  id: {
    matches: () => ({ nl: 'is geen sleutel van een agenda-abonnement', en: 'is not a calendar subscription key' }),
  },
};

/** The arguments a decorator was given (`[200]` for `@MaxLength(200)`), from class-validator's metadata. */
function constraintArgs(target: object | undefined, property: string, constraint: string): readonly unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const found = metadata.find((m) => m.propertyName === property && (m.name ?? m.type) === constraint);
  return found?.constraints ?? [];
}

export interface ValidationProblem {
  /** The input path as the API names it: `embedding.title`, `pastPhases.0.endedOn`. */
  path: string;
  constraint: string;
}

function problemsOf(errors: readonly ValidationError[], prefix = ''): (ValidationProblem & { sentence: Words })[] {
  return errors.flatMap((e) => {
    const path = `${prefix}${e.property}`;
    // Array elements are numbered: name the field that holds them.
    const field = /^\d+$/.test(e.property) ? (prefix.split('.').at(-2) ?? e.property) : e.property;
    const own = Object.keys(e.constraints ?? {}).map((constraint) => {
      const predicate = FIELD_PREDICATES[field]?.[constraint] ?? PREDICATES[constraint];
      const words: Words = predicate
        ? predicate(constraintArgs(e.target, e.property, constraint))
        : { nl: 'klopt niet', en: 'is not valid' };
      return {
        path,
        constraint,
        sentence: {
          nl: `${capitalise(fieldLabel(field, 'nl'))} ${words.nl}.`,
          en: `${capitalise(fieldLabel(field, 'en'))} ${words.en}.`,
        },
      };
    });
    return [...own, ...problemsOf(e.children ?? [], `${path}.`)];
  });
}

/** The validation pipe's answer: one sentence per problem, Dutch and English, and where they are. */
export function validationSentence(errors: readonly ValidationError[]): {
  sentence: Sentence;
  problems: ValidationProblem[];
} {
  const problems = problemsOf(errors);
  const nl = problems.map((p) => p.sentence.nl).join(' ');
  const en = problems.map((p) => p.sentence.en).join(' ');
  return {
    sentence: {
      nl: `De invoer klopt niet. ${nl || 'Controleer de ingevulde gegevens.'}`,
      en: `The input is not valid. ${en || 'Check what was filled in.'}`,
    },
    problems: problems.map(({ path, constraint }) => ({ path, constraint })),
  };
}

/** The validation pipe's `exceptionFactory`: VALIDATION_FAILED with the fields and the problems in `details`. */
export function validationFailure(errors: ValidationError[]): UserFacingError {
  const { sentence, problems } = validationSentence(errors);
  return new UserFacingError('VALIDATION_FAILED', sentence, {
    details: { fields: errors.map((e) => e.property), problems },
  });
}

/**
 * The API's validation pipe. The failed object stays on each error (`target`), only here, so the
 * sentence can name a constraint's arguments; nothing of it is sent.
 */
export const validationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: true, value: false },
    exceptionFactory: validationFailure,
  });
