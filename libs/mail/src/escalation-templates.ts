import {
  PHASE_NAMES_NL,
  RULE_SENTENCES,
  type EscalationKind,
  type EscalationLevel,
  type ProgrammePhase,
  type RuleId,
} from '../../domain/src';
import type { MailLanguage } from '../../persistence/src';
import { NO_CASE_DATA, renderMail, type RenderedMail } from './templates';

// The escalation e-mails of P3 (docs/rules.md "Stalls and escalations"): what stalled, since when,
// which rule and the collectives' tip, what would resolve it, the last timeline entries and a link.
// Facts come in as codes and the programme's own (Dutch) text; every word around them is chosen here.

/** What one escalation message is about; gathered from the programme's state by the caller. */
export interface EscalationFacts {
  programmeId: string;
  municipalityName: string;
  phase: ProgrammePhase;
  escalation: {
    level: EscalationLevel;
    kind: EscalationKind;
    /** `COMMITMENT`, `AGENDA`, …, `TRAINING` or `ACTION:<id>`. */
    step: string;
    /** The action's title when the step is an action. */
    actionTitle?: string;
    /** The escalation's own Dutch sentence (the workflow's `message`). */
    message: string;
    /** When this level's deadline passed (ISO). */
    dueAt: string;
    /** When the step was first flagged, if earlier than `dueAt` (the open lower level's deadline). */
    flaggedSince?: string;
    resolvedAt?: string;
    /** Dutch, as the workflow recorded it. */
    resolution?: string;
  };
  /** The rule the stall is about, when there is one (R3.1 for the school year, the open checklist rule otherwise). */
  ruleId?: RuleId;
  /** The collectives' tip for that rule (Dutch, quoted from the seeds). */
  tip?: string;
  /** The checklist's open items of the current phase (Dutch label and what is missing). */
  openItems: { ruleId: RuleId; label: string; missing?: string }[];
  /** The last timeline entries, oldest first (Dutch summaries). */
  timeline: { at: string; summary: string }[];
  /** The step in the workspace. */
  url: string;
}

/** Who one message goes to. */
export interface EscalationAddressee {
  language: MailLanguage;
  /** The member's name; undefined for the kwartiermakers' national address. */
  name?: string;
  /** `COPY`: a project lead's copy of the level-2 escalation addressed to the alderman. */
  as: 'PROJECT_LEAD' | 'ADMINISTRATIVE_LEAD' | 'NATIONAL' | 'COPY';
}

const LEVEL = {
  nl: { 1: 'Herinnering', 2: 'Bestuurlijke escalatie', 3: 'Landelijke escalatie' },
  en: { 1: 'Reminder', 2: 'Administrative escalation', 3: 'National escalation' },
} as const;

const PHASE_EN: Readonly<Record<ProgrammePhase, string>> = {
  COMMITMENT: 'Commitment',
  AGENDA: 'Improvement agenda',
  EXECUTION: 'Execution',
  EMBEDDING: 'Embedding',
  CONTINUATION: 'Continuation',
  CLOSED: 'Closed',
};

const STEP = {
  nl: {
    COMMITMENT: 'de commitment (bestuurlijk draagvlak)',
    AGENDA: 'de verbeteragenda',
    EMBEDDING: 'de borging in beleid',
    CONTINUATION: 'de jaarlijkse check-in',
    TRAINING: 'het scholingstraject',
  },
  en: {
    COMMITMENT: 'the commitment (administrative support)',
    AGENDA: 'the improvement agenda',
    EMBEDDING: 'embedding in policy',
    CONTINUATION: 'the yearly check-in',
    TRAINING: 'the training track',
  },
} as const;

/** The step in words, never its code. */
export function stepLabel(step: string, language: MailLanguage, actionTitle?: string): string {
  if (step.startsWith('ACTION:')) {
    const title = actionTitle ?? (language === 'nl' ? 'zonder titel' : 'untitled');
    return language === 'nl' ? `de actie ‘${title}’` : `the action ‘${title}’`;
  }
  return (STEP[language] as Record<string, string>)[step] ?? (language === 'nl' ? 'een stap' : 'a step');
}

const phaseLabel = (phase: ProgrammePhase, language: MailLanguage) =>
  language === 'nl' ? PHASE_NAMES_NL[phase] : PHASE_EN[phase];

/** A date (and time) as people in the Netherlands read it, whatever the server's zone. */
function when(iso: string, language: MailLanguage, withTime = true): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

const schoolYearIn = (message: string) => /\d{4}\/\d{4}/.exec(message)?.[0] ?? '';

/** What happened, in one or two sentences. */
function headline(f: EscalationFacts, language: MailLanguage): string {
  const e = f.escalation;
  const step = stepLabel(e.step, language, e.actionTitle);
  if (e.kind === 'STALL') {
    return language === 'nl' ? `Er is geen voortgang op ${step}.` : `There has been no progress on ${step}.`;
  }
  // The workflow's sentence is Dutch and written for the recipient already.
  if (language === 'nl') return e.message;
  const sy = schoolYearIn(e.message);
  switch (e.kind) {
    case 'TRAINING_WINDOW_OPEN':
      return `Start the talks with the school boards about training in school year ${sy} now: they fix their activity calendar in May. Start at the top, with the boards.`;
    case 'TRAINING_NOT_STARTED':
      return `The talks with the school boards about school year ${sy} had not started by 1 February; after February that school year is missed.`;
    case 'SCHOOL_YEAR_MISSED':
      return `School year ${sy} was missed: the talks with the school boards had not started by the end of February. The training track now aims at the next school year.`;
    case 'CALENDAR_NOT_FIXED':
      return `School year ${sy} was missed: the training was not on the school boards’ activity calendar in time. It is planned again for the next school year.`;
    case 'LEAD_DEPARTED':
      return 'The external project lead has left while embedding in policy is still open.';
    default: {
      const unreachable: never = e.kind;
      throw new Error(`unknown escalation kind ${String(unreachable)}`);
    }
  }
}

const TOPIC: Record<MailLanguage, Record<Exclude<EscalationKind, 'STALL'>, string>> = {
  nl: {
    TRAINING_WINDOW_OPEN: 'start het gesprek met de schoolbesturen',
    TRAINING_NOT_STARTED: 'gesprek met de schoolbesturen niet gestart',
    SCHOOL_YEAR_MISSED: 'schooljaar gemist',
    CALENDAR_NOT_FIXED: 'scholing niet op de activiteitenkalender',
    LEAD_DEPARTED: 'projectleider vertrokken, borging open',
  },
  en: {
    TRAINING_WINDOW_OPEN: 'start the talks with the school boards',
    TRAINING_NOT_STARTED: 'talks with the school boards not started',
    SCHOOL_YEAR_MISSED: 'school year missed',
    CALENDAR_NOT_FIXED: 'training not on the activity calendar',
    LEAD_DEPARTED: 'project lead left, embedding open',
  },
};

/** At most `max` characters: a subject stays within the outbox's 250 however long a typed title is. */
const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

function subject(f: EscalationFacts, language: MailLanguage): string {
  const e = f.escalation;
  const title = e.actionTitle === undefined ? undefined : short(e.actionTitle, 80);
  const topic =
    e.kind === 'STALL'
      ? `${language === 'nl' ? 'geen voortgang op' : 'no progress on'} ${stepLabel(e.step, language, title)}`
      : TOPIC[language][e.kind];
  return `${LEVEL[language][e.level]}: ${topic} (${short(f.municipalityName, 80)})`;
}

function whyYou(to: EscalationAddressee, level: EscalationLevel, language: MailLanguage): string {
  const nl = language === 'nl';
  switch (to.as) {
    case 'COPY':
      return nl
        ? 'U ontvangt een kopie als projectleider: deze escalatie is gericht aan de bestuurlijk trekker (niveau 2 van de escalatieladder).'
        : 'You receive a copy as project lead: this escalation is addressed to the administrative lead (level 2 of the escalation ladder).';
    case 'ADMINISTRATIVE_LEAD':
      return nl
        ? 'U ontvangt dit bericht als bestuurlijk trekker (wethouder): niveau 2 van de escalatieladder.'
        : 'You receive this message as administrative lead (alderman): level 2 of the escalation ladder.';
    case 'NATIONAL':
      return nl
        ? 'Dit bericht gaat naar de landelijke kwartiermakers: niveau 3 van de escalatieladder.'
        : 'This message goes to the national kwartiermakers: level 3 of the escalation ladder.';
    case 'PROJECT_LEAD':
      return nl
        ? `U ontvangt dit bericht als projectleider: niveau ${level} van de escalatieladder.`
        : `You receive this message as project lead: level ${level} of the escalation ladder.`;
    default: {
      const unreachable: never = to.as;
      throw new Error(`unknown addressee ${String(unreachable)}`);
    }
  }
}

const greeting = (to: EscalationAddressee, language: MailLanguage) =>
  language === 'nl' ? `Beste ${to.name ?? 'kwartiermakers'},` : `Dear ${to.name ?? 'kwartiermakers'},`;

const bullets = (lines: string[]) => lines.map((l) => `• ${l}`).join('\n');

/** The message when an escalation is raised: everything the reader needs to act, and the link. */
export function renderEscalationRaised(f: EscalationFacts, to: EscalationAddressee): RenderedMail {
  const l = to.language;
  const nl = l === 'nl';
  const e = f.escalation;
  const step = stepLabel(e.step, l, e.actionTitle);
  const facts = [
    `${nl ? 'Programma' : 'Programme'}: ${f.municipalityName} (${f.programmeId})`,
    `${nl ? 'Stap' : 'Step'}: ${step}, ${nl ? 'fase' : 'phase'} ${phaseLabel(f.phase, l)}`,
    `${nl ? 'Niveau' : 'Level'} ${e.level}: ${LEVEL[l][e.level].toLowerCase()}`,
    `${nl ? 'Termijn verstreken op' : 'Deadline passed on'}: ${when(e.dueAt, l)}`,
    ...(e.flaggedSince && e.flaggedSince < e.dueAt
      ? [`${nl ? 'Eerste signaal op' : 'First flagged on'}: ${when(e.flaggedSince, l)}`]
      : []),
  ];
  const paragraphs = [headline(f, l), whyYou(to, e.level, l), bullets(facts)];
  if (f.ruleId) {
    const sentence = RULE_SENTENCES[f.ruleId][l];
    paragraphs.push(`${nl ? 'Regel' : 'Rule'} ${f.ruleId}: ${sentence}`);
  }
  if (f.tip) {
    paragraphs.push(
      `${nl ? 'Tip van de Collectieven tegen Kindermishandeling' : 'Tip from the Collectives against Child Abuse (in Dutch)'}:\n“${f.tip}”`,
    );
  }
  const open = f.openItems.map((i) =>
    nl ? `${i.ruleId} ${i.label}${i.missing ? `: ${i.missing}` : ''}` : `${i.ruleId}: ${RULE_SENTENCES[i.ruleId].en}`,
  );
  paragraphs.push(
    [
      nl ? 'Wat lost het op?' : 'What would resolve it?',
      ...(open.length ? [bullets(open)] : []),
      nl
        ? `Zodra er voortgang is op ${step}, is deze escalatie opgelost en krijgt u daarvan kort bericht.`
        : `As soon as ${step} moves on, this escalation is resolved and you will get a short message.`,
      ...(to.as === 'ADMINISTRATIVE_LEAD' || to.as === 'NATIONAL'
        ? [
            nl
              ? 'U kunt de escalatie ook erkennen in Olievlek: met een aantal weken verlengen, het programma pauzeren of alleen een notitie vastleggen.'
              : 'You may also acknowledge the escalation in Olievlek: extend it by a number of weeks, pause the programme, or record a note only.',
          ]
        : []),
    ].join('\n'),
  );
  if (f.timeline.length) {
    paragraphs.push(
      [
        nl ? 'Laatste gebeurtenissen:' : 'Latest events (in Dutch):',
        bullets(f.timeline.map((t) => `${when(t.at, l, false)}: ${t.summary}`)),
      ].join('\n'),
    );
  }
  return renderMail({
    language: l,
    subject: subject(f, l),
    greeting: greeting(to, l),
    paragraphs,
    action: { label: nl ? 'Open de stap in Olievlek' : 'Open the step in Olievlek', url: f.url },
    closing: [
      NO_CASE_DATA[l],
      nl
        ? 'Dit bericht is automatisch verstuurd. Escalaties kunt u niet afbestellen.'
        : 'This message was sent automatically. Escalations cannot be unsubscribed from.',
    ],
    signOff: nl ? 'Met vriendelijke groet,\nOlievlek' : 'Kind regards,\nOlievlek',
  });
}

/** The short "opgelost" to everyone who was told of the escalation. */
export function renderEscalationResolved(f: EscalationFacts, to: EscalationAddressee): RenderedMail {
  const l = to.language;
  const nl = l === 'nl';
  const e = f.escalation;
  const step = stepLabel(e.step, l, e.actionTitle);
  const at = e.resolvedAt ? when(e.resolvedAt, l) : '';
  const paragraphs = [
    nl
      ? `De escalatie over ${step} in het programma van ${f.municipalityName} (${f.programmeId}) is opgelost${at ? ` op ${at}` : ''}.`
      : `The escalation about ${step} in ${f.municipalityName}’s programme (${f.programmeId}) was resolved${at ? ` on ${at}` : ''}.`,
    ...(e.resolution ? [nl ? e.resolution : `Recorded reason (in Dutch): ${e.resolution}`] : []),
  ];
  return renderMail({
    language: l,
    subject: `${nl ? 'Opgelost' : 'Resolved'}: ${stepLabel(e.step, l, e.actionTitle === undefined ? undefined : short(e.actionTitle, 80))} (${short(f.municipalityName, 80)})`,
    greeting: greeting(to, l),
    paragraphs,
    action: { label: nl ? 'Bekijk het programma' : 'View the programme', url: f.url },
    closing: [NO_CASE_DATA[l]],
    signOff: nl ? 'Met vriendelijke groet,\nOlievlek' : 'Kind regards,\nOlievlek',
  });
}
