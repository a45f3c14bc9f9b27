import type { ViolationId } from './lifecycle/violation';

/** A user-facing sentence in both languages; Dutch is the default (`Accept-Language: en` for English). */
export interface RuleSentence {
  nl: string;
  en: string;
}

/**
 * What each rule of rule-ids.ts (and each unnumbered lifecycle guard) asks, in Dutch and English (docs/rules.md).
 * A refused step carries its own, more specific Dutch sentence from the step that refused it; this
 * table gives the English one and the Dutch fallback.
 */
export const RULE_SENTENCES: Readonly<Record<ViolationId, RuleSentence>> = {
  'R1.1': {
    nl: 'Eerst moet een wethouder zijn aangewezen als bestuurlijk trekker.',
    en: 'An alderman must first be designated administrative lead (bestuurlijk trekker).',
  },
  'R1.2': {
    nl: 'Uit zorg, onderwijs en justitie moet elk minstens één partnerorganisatie zich hebben gecommitteerd.',
    en: 'At least one partner organisation from each of care, education and justice must have committed.',
  },
  'R1.3': {
    nl: 'Er moet een projectleider zijn aangesteld (één tegelijk: leg eerst het vertrek van de huidige vast).',
    en: 'A project lead must be appointed (only one at a time: record the current lead’s departure first).',
  },
  'R1.4': {
    nl: 'Aanbevolen: stem af met de wethouders voor jeugd, onderwijs en zorg, en raadpleeg de burgemeester.',
    en: 'Recommended: align the aldermen for youth, education and care, and consult the mayor.',
  },
  'R1.5': {
    nl: 'Aanbevolen: richt de opdrachtgeversrol van de gemeente naar Veilig Thuis in.',
    en: 'Recommended: set up the municipality’s commissioning role towards Veilig Thuis.',
  },
  'R1.6': {
    nl: 'Een nieuwe bestuurlijk trekker (ook na verkiezingen) bevestigt het commitment opnieuw, binnen 12 weken.',
    en: 'A new administrative lead (also after elections) re-confirms the commitment within 12 weeks.',
  },
  'R2.1': {
    nl: 'Voor het kiezen van thema’s zijn minstens 3 knelpunten uit minstens 2 domeinen nodig.',
    en: 'Drafting themes needs at least 3 bottlenecks from at least 2 domains.',
  },
  'R2.2': {
    nl: 'Een verbeteragenda richt zich op 1 tot 3 thema’s; een vierde wordt niet aangenomen — schrap eerst een thema.',
    en: 'An improvement agenda focuses on 1 to 3 themes; a fourth is not accepted — drop a theme first.',
  },
  'R2.3': {
    nl: 'Elk gekozen thema heeft een actie nodig en elke actie een trekkende organisatie; acties horen bij een gekozen thema.',
    en: 'Every selected theme needs an action, and every action an owner organisation; actions belong to a selected theme.',
  },
  'R2.4': {
    nl: 'Draagvlaktoets: elke organisatie die een actie trekt, bevestigt die op professioneel én op management-/bestuursniveau.',
    en: 'Support test: every organisation owning an action must confirm it at both professional and management level.',
  },
  'R2.5': {
    nl: 'Alleen de bestuurlijk trekker stelt de agenda vast, zodra R2.1–R2.4 gelden.',
    en: 'Only the administrative lead adopts the agenda, once R2.1–R2.4 hold.',
  },
  'R3.1': {
    nl: 'Deze stap past niet in de schooljaarplanning van het scholingstraject (gesprekken met schoolbesturen beginnen in januari, bovenin; bijeenkomsten vallen binnen het schooljaar van de regio).',
    en: 'This step does not fit the school-year planning of the training track (talks with school boards start in January, at the top; sessions fall inside the region’s school year).',
  },
  'R3.2': {
    nl: 'Statusregel voor acties: stoppen vraagt een reden, afgeronde acties blijven afgerond, acties die tijdens de uitvoering bijkomen doorstaan eerst de draagvlaktoets, en de uitvoering is pas af als elke actie is afgerond of gestopt.',
    en: 'Action status rule: dropping needs a reason, finished actions stay finished, actions added during execution pass the support test first, and execution completes only when every action is done or dropped.',
  },
  'R3.3': {
    nl: 'Een scholingsbijeenkomst valt op een schooldag van de vakantieregio van de gemeente: niet in het weekend en niet in een schoolvakantie (herfst, kerst, voorjaar, mei, zomer). Staan de vakanties van dat schooljaar nog niet vast, dan geldt de schatting en is de datum voorlopig.',
    en: 'A training session falls on a school day of the municipality’s holiday region: not at a weekend and not in a school holiday (autumn, Christmas, spring, May, summer). Where that school year’s holidays are not yet known, the estimate applies and the date is provisional.',
  },
  'R4.1': {
    nl: 'Borg de actie in een bestaand beleidsinstrument, niet als losstaand project.',
    en: 'Embed the action in an existing policy instrument, not as a separate project.',
  },
  'R4.2': {
    nl: 'Elke borging noemt de organisatie die de actie overneemt en de verantwoordelijke rol.',
    en: 'Every embedding names the organisation that takes it over and the responsible role.',
  },
  'R4.3': {
    nl: 'Bij een externe projectleider moet een interne eigenaar van de borging (een gemeentelijk beleidsambtenaar) zijn benoemd.',
    en: 'With an external project lead an internal embedding owner (a municipal policy officer) must be named.',
  },
  'R4.4': {
    nl: 'De borging is pas af als elke actie is geborgd of met een reden gestopt.',
    en: 'Embedding completes only when every action is embedded or dropped with a reason.',
  },
  'R4.5': {
    nl: 'Een borging noemt de looptijd van het beleidsinstrument; elke jaarlijkse check-in bevestigt dat het nog geldt, en een verlopen instrument krijgt een opvolger.',
    en: 'An embedding names its instrument’s period; every yearly check-in confirms it is still in force, and an ended instrument gets a successor.',
  },
  C1: {
    nl: 'Een gemeente doet mee aan hoogstens één lopend programma tegelijk, alleen of in een collectief met één penvoerder en één of meer deelnemende gemeenten.',
    en: 'A municipality takes part in at most one running programme at a time, alone or in a collective with one lead municipality and one or more members.',
  },
  C2: {
    nl: 'Elke deelnemende gemeente van een collectief bevestigt het commitment door haar eigen wethouder, ook een gemeente die later aansluit (vóór haar borging).',
    en: 'Each member municipality of a collective confirms the commitment through its own alderman, also one that joins later (before it embeds).',
  },
  C3: {
    nl: 'Agenda en uitvoering zijn gedeeld; elke deelnemende gemeente borgt elke afgeronde actie in eigen beleid of in een regionaal instrument dat zij heeft vastgesteld.',
    en: 'The agenda and execution are shared; each member municipality embeds every completed action in its own policy or in a regional instrument it has adopted.',
  },
  C4: {
    nl: 'Het landelijk beeld telt bereikte gemeenten: elke deelnemende gemeente toont de fase van het collectief; een gemeente die vertrekt, houdt haar borging op haar naam.',
    en: 'The national view counts municipalities reached: each member shows the collective’s phase; a member that leaves keeps its embeddings on record.',
  },
  LIFECYCLE: {
    nl: 'Deze stap past niet bij de huidige fase of status van het programma.',
    en: 'This step does not fit the programme’s current phase or status.',
  },
  INVALID_INPUT: { nl: 'De invoer is niet geldig voor deze stap.', en: 'The input is not valid for this step.' },
  UNKNOWN_REFERENCE: {
    nl: 'Waar deze stap naar verwijst, bestaat niet in dit programma.',
    en: 'The item this step refers to does not exist in this programme.',
  },
  NOT_PERMITTED: { nl: 'Uw rol mag deze stap niet zetten.', en: 'Your role may not take this step.' },
};

/** Whether a failure type that crossed a process boundary names a rule or lifecycle guard. */
export const isViolationId = (id: string): id is ViolationId => Object.hasOwn(RULE_SENTENCES, id);
