import { PHASE_NAMES_NL, type ProgrammePhase, type ReminderKind, type RuleId } from '../../domain/src';
import type { MailLanguage } from '../../persistence/src';
import { stepLabel } from './escalation-templates';
import { NO_CASE_DATA, renderMail, type RenderedMail } from './templates';

// Reminders before a deadline (issue 16; docs/rules.md "School-year deadlines", P3): what is due,
// when, what happens if nothing moves, what to do (the checklist's open items) and a link.

/** What one reminder is about; gathered from the programme's state by the caller. */
export interface ReminderFacts {
  programmeId: string;
  municipalityName: string;
  phase: ProgrammePhase;
  reminder: {
    kind: ReminderKind;
    /** `COMMITMENT`, `AGENDA`, …, `TRAINING` or `ACTION:<id>`. */
    step: string;
    actionTitle?: string;
    /** The day the deadline is on, `YYYY-MM-DD` (Europe/Amsterdam). */
    deadlineDate: string;
    /** ISO instant the time engine acts. */
    deadlineAt: string;
    /** R3.1: school year `targetYear/targetYear+1`. */
    targetYear?: number;
  };
  /** The checklist's open items that would resolve it (Dutch label and what is missing). */
  openItems: { ruleId: RuleId; label: string; missing?: string }[];
  /** The programme in the workspace. */
  url: string;
}

export interface ReminderAddressee {
  language: MailLanguage;
  name: string;
}

const locale = (l: MailLanguage) => (l === 'nl' ? 'nl-NL' : 'en-GB');

/** A day as people in the Netherlands read it (`1 februari 2027`). */
function day(date: string, l: MailLanguage): string {
  return new Intl.DateTimeFormat(locale(l), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** An instant in Europe/Amsterdam (`4 januari 2027 om 11:00`). */
function moment(iso: string, l: MailLanguage): string {
  return new Intl.DateTimeFormat(locale(l), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

interface Wording {
  topic: string;
  what: string;
  todo: string;
}

function wording(f: ReminderFacts, l: MailLanguage, titleMax = Infinity): Wording {
  const r = f.reminder;
  const nl = l === 'nl';
  const title = r.actionTitle === undefined ? undefined : short(r.actionTitle, titleMax);
  const step = stepLabel(r.step, l, title);
  const y = r.targetYear ?? 0;
  const sy = `${y}/${y + 1}`;
  const on = day(r.deadlineDate, l);
  switch (r.kind) {
    case 'STALL_LEVEL_1':
      return nl
        ? {
            topic: `voortgang op ${step}`,
            what: `Is er vóór ${moment(r.deadlineAt, l)} geen voortgang op ${step}, dan volgt een herinnering aan de projectleider (niveau 1 van de escalatieladder) en, als er daarna niets gebeurt, een escalatie naar de bestuurlijk trekker.`,
            todo: `Zet een stap in ${step}: elke stap zet de klok opnieuw.`,
          }
        : {
            topic: `progress on ${step}`,
            what: `If ${step} has not moved on by ${moment(r.deadlineAt, l)}, the project lead gets a reminder (level 1 of the escalation ladder) and, if nothing happens after that, the administrative lead gets an escalation.`,
            todo: `Take a step in ${step}: every step restarts the clock.`,
          };
    case 'TRAINING_WINDOW_OPENS':
      return nl
        ? {
            topic: `scholing schooljaar ${sy}, gesprek met de schoolbesturen vanaf ${on}`,
            what: `Op ${on} gaat het venster open voor scholing in schooljaar ${sy}. Schoolbesturen leggen hun activiteitenkalender in het voorjaar vast: bereid het gesprek met de besturen nu voor.`,
            todo: 'Begin ‘bovenin’, bij de schoolbesturen, en leg in Olievlek vast dat het gesprek gestart is.',
          }
        : {
            topic: `training in school year ${sy}, talks with the school boards from ${on}`,
            what: `On ${on} the window opens for training in school year ${sy}. School boards fix their activity calendar in spring: prepare the talks with the boards now.`,
            todo: 'Start at the top, with the school boards, and record in Olievlek that the talks have started.',
          };
    case 'TRAINING_NOT_STARTED':
      return nl
        ? {
            topic: `gesprek met de schoolbesturen vóór ${on} starten`,
            what: `Is het gesprek met de schoolbesturen over schooljaar ${sy} op ${on} niet gestart, dan volgt een herinnering aan de projectleider; na februari is dat schooljaar gemist.`,
            todo: 'Start het gesprek met de schoolbesturen en leg in Olievlek vast dat het gestart is.',
          }
        : {
            topic: `start the talks with the school boards before ${on}`,
            what: `If the talks with the school boards about school year ${sy} have not started by ${on}, the project lead gets a reminder; after February that school year is missed.`,
            todo: 'Start the talks with the school boards and record in Olievlek that they have started.',
          };
    case 'TRAINING_LAST_DAY_TO_START':
      return nl
        ? {
            topic: `laatste dag om het gesprek met de schoolbesturen te starten: ${on}`,
            what: `${on[0]!.toUpperCase()}${on.slice(1)} is de laatste dag om het gesprek met de schoolbesturen over schooljaar ${sy} te starten. Daarna is dat schooljaar gemist en volgt een escalatie naar de bestuurlijk trekker.`,
            todo: 'Start het gesprek met de schoolbesturen en leg in Olievlek vast dat het gestart is.',
          }
        : {
            topic: `last day to start the talks with the school boards: ${on}`,
            what: `${on} is the last day to start the talks with the school boards about school year ${sy}. After that the school year is missed and the administrative lead gets an escalation.`,
            todo: 'Start the talks with the school boards and record in Olievlek that they have started.',
          };
    case 'TRAINING_CALENDAR_CUTOFF':
      return nl
        ? {
            topic: `scholing uiterlijk ${on} op de activiteitenkalender`,
            what: `Uiterlijk ${on} moet de scholing voor schooljaar ${sy} op de activiteitenkalender van de schoolbesturen staan. Anders is dat schooljaar gemist en volgt een escalatie naar de kwartiermakers.`,
            todo: 'Laat de schoolbesturen de scholing op hun activiteitenkalender zetten en leg dat in Olievlek vast.',
          }
        : {
            topic: `training on the activity calendar by ${on}`,
            what: `By ${on} the training for school year ${sy} must be on the school boards’ activity calendar. Otherwise that school year is missed and the kwartiermakers get an escalation.`,
            todo: 'Have the school boards put the training on their activity calendar and record it in Olievlek.',
          };
    default: {
      const unreachable: never = r.kind;
      throw new Error(`unknown reminder kind ${String(unreachable)}`);
    }
  }
}

const bullets = (lines: string[]) => lines.map((s) => `• ${s}`).join('\n');

/** The reminder to a project lead, in their language: text and HTML from the same content. */
export function renderReminder(f: ReminderFacts, to: ReminderAddressee): RenderedMail {
  const l = to.language;
  const nl = l === 'nl';
  const w = wording(f, l);
  const phase = nl ? PHASE_NAMES_NL[f.phase] : f.phase.charAt(0) + f.phase.slice(1).toLowerCase();
  const facts = [
    `${nl ? 'Programma' : 'Programme'}: ${f.municipalityName} (${f.programmeId}), ${nl ? 'fase' : 'phase'} ${phase}`,
    `${nl ? 'Termijn' : 'Deadline'}: ${day(f.reminder.deadlineDate, l)}`,
    ...(f.reminder.step === 'TRAINING'
      ? [nl ? 'Regel R3.1 (schooljaarplanning)' : 'Rule R3.1 (school-year planning)']
      : []),
  ];
  const open = f.openItems.map((i) => `${i.ruleId} ${i.label}${i.missing ? `: ${i.missing}` : ''}`);
  return renderMail({
    language: l,
    subject: `${nl ? 'Herinnering vooraf' : 'Advance reminder'}: ${short(wording(f, l, 60).topic, 150)} (${short(f.municipalityName, 60)})`,
    greeting: nl ? `Beste ${to.name},` : `Dear ${to.name},`,
    paragraphs: [
      w.what,
      bullets(facts),
      [
        nl ? 'Wat kunt u doen?' : 'What can you do?',
        w.todo,
        ...(open.length ? [nl ? 'Nog open:' : 'Still open (in Dutch):', bullets(open)] : []),
      ].join('\n'),
      nl
        ? 'U ontvangt deze herinnering als projectleider, vóór de termijn verstrijkt.'
        : 'You receive this reminder as project lead, before the deadline passes.',
    ],
    action: { label: nl ? 'Open het programma in Olievlek' : 'Open the programme in Olievlek', url: f.url },
    closing: [
      NO_CASE_DATA[l],
      nl
        ? 'Dit bericht is automatisch verstuurd. Wilt u herinneringen alleen in het weekoverzicht? Kies dat in uw instellingen.'
        : 'This message was sent automatically. Prefer reminders in the weekly digest only? Choose so in your settings.',
    ],
    signOff: nl ? 'Met vriendelijke groet,\nOlievlek' : 'Kind regards,\nOlievlek',
  });
}
