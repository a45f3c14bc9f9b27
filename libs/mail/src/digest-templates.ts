import {
  escalationMessage,
  labelOf,
  levelLabel,
  MEMBER_ROLE_LABELS,
  RULE_SENTENCES,
  stepName,
  timelineSummary,
  type ActorRole,
  type DigestDue,
  type DigestProgramme,
  type WeeklyDigest,
} from '../../domain/src';
import type { MailLanguage } from '../../persistence/src';
import { NO_CASE_DATA, renderMail, type RenderedMail } from './templates';

// The weekly digest's e-mail (issue 16): per programme what is due for the reader and what changed
// last week. Facts arrive as codes (WeeklyDigest from libs/domain); every word around them is
// chosen here, in Dutch or English, codes by the domain's labels. The workflow's stored lines
// (timeline, escalation reasons) are worded in the reader's language when rendered (issue 15); the
// checklist's Dutch text is shown as recorded.

export interface DigestMail {
  language: MailLanguage;
  /** The reader's name, from the directory. */
  name: string;
  digest: WeeklyDigest;
  /** The workspace (PUBLIC_URL): each programme links to `<publicUrl>/programmas/<id>`. */
  publicUrl: string;
  /** The one-click unsubscribe page (also in the List-Unsubscribe header). */
  unsubscribeUrl: string;
}

const DEADLINE = {
  nl: {
    TRAINING_WINDOW_OPENS: 'Het gesprek met de schoolbesturen over scholing kan beginnen (R3.1).',
    TRAINING_NOT_STARTED: 'Uiterste datum om het gesprek met de schoolbesturen te starten (R3.1).',
    CALENDAR_CUTOFF: 'De schoolbesturen leggen hun activiteitenkalender vast: zorg dat de scholing erop staat (R3.1).',
    SCHOOL_YEAR_MISSED: 'Daarna is het schooljaar voor de scholing gemist (R3.1).',
  },
  en: {
    TRAINING_WINDOW_OPENS: 'The talks with the school boards about training can begin (R3.1).',
    TRAINING_NOT_STARTED: 'Last day to start the talks with the school boards (R3.1).',
    CALENDAR_CUTOFF: 'The school boards fix their activity calendar: make sure the training is on it (R3.1).',
    SCHOOL_YEAR_MISSED: 'After this the school year for the training is missed (R3.1).',
  },
} as const;

const ACTOR_ROLE_LABEL = (role: ActorRole, language: MailLanguage): string =>
  role === 'SYSTEM' ? 'Olievlek' : MEMBER_ROLE_LABELS[role === 'PARTNER' ? 'PARTNER_CONTACT' : role][language];

const stepLabel = (step: string, language: MailLanguage, actionTitle?: string): string =>
  stepName(step, language, actionTitle);

/** Dates as people in the Netherlands read them, whatever the server's zone. */
function when(iso: string, language: MailLanguage, withTime = true): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

function dueLine(d: DigestDue, language: MailLanguage, context: DigestProgramme['context']): string {
  const nl = language === 'nl';
  switch (d.kind) {
    case 'ESCALATION': {
      const level = levelLabel(d.level, language);
      const about = stepLabel(d.step, language);
      const why = escalationMessage(
        { kind: d.escalationKind, level: d.level, step: d.step, message: d.message },
        language,
        context,
      );
      return nl
        ? `Open ${level} over ${about} (sinds ${when(d.dueAt, language)}): ${why}`
        : `Open ${level} about ${about} (since ${when(d.dueAt, language)}): ${why}`;
    }
    case 'DEADLINE': {
      const at = when(d.at, language);
      if (d.deadline === 'STALL') {
        const step = stepLabel(d.step, language, d.actionTitle);
        const level = levelLabel(d.level ?? 1, language);
        return nl
          ? `${at}: zonder voortgang op ${step} volgt dan een ${level}.`
          : `${at}: without progress on ${step} a ${level} follows.`;
      }
      return `${at}: ${DEADLINE[language][d.deadline]}`;
    }
    case 'SESSION':
      return nl
        ? `${when(`${d.date}T12:00:00.000Z`, language, false)}: scholingsbijeenkomst ‘${d.title}’ (leg daarna vast dat die gegeven is).`
        : `${when(`${d.date}T12:00:00.000Z`, language, false)}: training session ‘${d.title}’ (record it as delivered afterwards).`;
    default: {
      const unreachable: never = d;
      throw new Error(`unknown digest item ${JSON.stringify(unreachable)}`);
    }
  }
}

function section(p: DigestProgramme, m: DigestMail): string[] {
  const nl = m.language === 'nl';
  const phase = labelOf('phase', p.phase, m.language);
  const roles = p.roles.map((r) => MEMBER_ROLE_LABELS[r][m.language]).join(', ');
  const status =
    p.status === 'PAUSED'
      ? nl
        ? ' (gepauzeerd)'
        : ' (paused)'
      : p.status === 'ABORTED'
        ? nl
          ? ' (gestopt)'
          : ' (stopped)'
        : '';
  const url = `${m.publicUrl.replace(/\/+$/, '')}/programmas/${encodeURIComponent(p.programmeId)}`;
  const lines = [
    `${p.municipalityName} — ${nl ? 'fase' : 'phase'} ${phase}${status}. ${nl ? 'Uw rol' : 'Your role'}: ${roles}.\n${url}`,
  ];
  const bullet = (s: string) => `• ${s}`;
  if (p.due.length > 0) {
    lines.push(
      [
        nl ? 'Voor u in de komende drie weken:' : 'For you in the coming three weeks:',
        ...p.due.map((d) => bullet(dueLine(d, m.language, p.context))),
      ].join('\n'),
    );
  }
  if (p.openItems.length > 0) {
    lines.push(
      [
        nl ? 'Nog open, en aan u:' : 'Still open, and yours to do:',
        ...p.openItems.map((i) =>
          bullet(
            nl
              ? `${i.label}${i.blocking ? '' : ' (aanbevolen)'}${i.missing ? ` — ${i.missing}` : ''}`
              : `${RULE_SENTENCES[i.ruleId].en}`,
          ),
        ),
      ].join('\n'),
    );
  }
  if (p.changes.length > 0) {
    lines.push(
      [
        nl ? 'Wat er vorige week veranderde:' : 'What changed last week:',
        ...p.changes.map((c) => {
          const role = ACTOR_ROLE_LABEL(c.byRole, m.language);
          const who = c.byName ? `${c.byName} (${role})` : role;
          const behalf = c.onBehalfOfName
            ? nl
              ? ` namens ${c.onBehalfOfName}`
              : ` on behalf of ${c.onBehalfOfName}`
            : '';
          const summary = timelineSummary(c, m.language, p.context);
          return bullet(`${when(c.at, m.language)} — ${who}${behalf}: ${summary}`);
        }),
      ].join('\n'),
    );
  }
  return lines;
}

/** The weekly digest of one person (WeeklyDigest), in Dutch or English. */
export function renderWeeklyDigest(m: DigestMail): RenderedMail {
  const d = m.digest;
  const nl = m.language === 'nl';
  const week = Number(d.isoWeek.slice(-2));
  const where = d.programmes.length === 1 ? d.programmes[0]!.municipalityName : undefined;
  const subject = nl
    ? `Weekoverzicht Olievlek, week ${week}${where ? ` — ${where}` : ` — ${d.programmes.length} programma’s`}`
    : `Olievlek weekly digest, week ${week}${where ? ` — ${where}` : ` — ${d.programmes.length} programmes`}`;
  const period = nl
    ? `Dit is uw overzicht van week ${week}: wat in de komende drie weken (tot ${when(d.dueUntil, 'nl', false)}) van u verwacht wordt, en wat er vorige week veranderde.`
    : `This is your digest for week ${week}: what is expected of you in the coming three weeks (until ${when(d.dueUntil, 'en', false)}), and what changed last week.`;
  return renderMail({
    language: m.language,
    subject,
    greeting: nl ? `Beste ${m.name},` : `Dear ${m.name},`,
    paragraphs: [period, ...d.programmes.flatMap((p) => section(p, m))],
    closing: [
      nl
        ? `U ontvangt dit overzicht elke maandag. Afmelden voor het weekoverzicht kan met één klik: ${m.unsubscribeUrl} — escalaties blijven u wel bereiken.`
        : `You receive this digest every Monday. Unsubscribe from the digest in one click: ${m.unsubscribeUrl} — escalations will still reach you.`,
      NO_CASE_DATA[m.language],
    ],
    signOff: nl ? 'Met vriendelijke groet,\nOlievlek' : 'Kind regards,\nOlievlek',
  });
}
