import {
  capitalise,
  escalationMessage,
  escalationResolution,
  labelOf,
  levelLabel,
  RULE_SENTENCES,
  stepName,
  timelineSummary,
  type EscalationKind,
  type EscalationLevel,
  type ProgrammePhase,
  type RuleId,
  type TimelineContext,
} from '../../domain/src';
import type { MailLanguage } from '../../persistence/src';
import { NO_CASE_DATA, renderMail, type RenderedMail } from './templates';

// The escalation e-mails of P3 (docs/rules.md "Stalls and escalations"): what stalled, since when,
// which rule and the collectives' tip, what would resolve it, the last timeline entries and a link.
// Facts come in as codes and the programme's own (Dutch) text; codes are worded by the domain's
// labels (libs/domain/src/labels.ts), the workflow's stored lines in the reader's language.

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
  /** The last timeline entries, oldest first, as the workflow stored them (Dutch, with codes inside). */
  timeline: { at: string; event?: string; summary: string }[];
  /** What the timeline's lines refer to (action titles, the escalations raised), to word them. */
  context?: TimelineContext;
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

/** "Bestuurlijke escalatie", "Reminder": the ladder's level in words. */
const levelTitle = (level: EscalationLevel, language: MailLanguage) => capitalise(levelLabel(level, language));

/** The step in words, never its code. */
export const stepLabel = (step: string, language: MailLanguage, actionTitle?: string): string =>
  stepName(step, language, actionTitle);

const phaseLabel = (phase: ProgrammePhase, language: MailLanguage) => labelOf('phase', phase, language);

/** A date (and time) as people in the Netherlands read it, whatever the server's zone. */
function when(iso: string, language: MailLanguage, withTime = true): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** What happened, in one or two sentences. */
function headline(f: EscalationFacts, language: MailLanguage): string {
  const e = f.escalation;
  const step = stepLabel(e.step, language, e.actionTitle);
  if (e.kind === 'STALL') {
    return language === 'nl' ? `Er is geen voortgang op ${step}.` : `There has been no progress on ${step}.`;
  }
  // The workflow's sentence, written for the recipient, in the reader's language (plurals by ICU rules).
  return escalationMessage(e, language, f.context);
}

const topicOf = (kind: Exclude<EscalationKind, 'STALL'>, language: MailLanguage) =>
  labelOf('escalationKind', kind, language);

/** At most `max` characters: a subject stays within the outbox's 250 however long a typed title is. */
const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

function subject(f: EscalationFacts, language: MailLanguage): string {
  const e = f.escalation;
  const title = e.actionTitle === undefined ? undefined : short(e.actionTitle, 80);
  const topic =
    e.kind === 'STALL'
      ? `${language === 'nl' ? 'geen voortgang op' : 'no progress on'} ${stepLabel(e.step, language, title)}`
      : topicOf(e.kind, language);
  return `${levelTitle(e.level, language)}: ${topic} (${short(f.municipalityName, 80)})`;
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
    `${nl ? 'Niveau' : 'Level'} ${e.level}: ${levelLabel(e.level, l)}`,
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
        nl ? 'Laatste gebeurtenissen:' : 'Latest events:',
        bullets(
          f.timeline.map(
            (t) =>
              `${when(t.at, l, false)}: ${timelineSummary({ event: t.event ?? '', summary: t.summary }, l, f.context)}`,
          ),
        ),
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
    ...(e.resolution ? [escalationResolution(e.resolution, l)] : []),
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
