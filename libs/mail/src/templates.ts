import type { MailLanguage } from '../../persistence/src';

/** A rendered message: the three parts enqueueMail needs. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The content of one message; every string is plain text (escaped here for the HTML part). */
export interface MailContent {
  language: MailLanguage;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one link the message is about, shown as a button and in full beneath it. */
  action?: { label: string; url: string };
  /** Paragraphs after the link. */
  closing: string[];
  signOff: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** One line: a value from a form (a name) can never add a line, in the subject or the text part. */
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

/** Only http(s) links go into a message: never javascript:, data: or a relative path. */
function checkedUrl(url: string): string {
  if (!URL.canParse(url) || !['https:', 'http:'].includes(new URL(url).protocol)) {
    throw new Error('mail link must be an absolute http(s) URL');
  }
  return url;
}

// Sober, NL Design System-like: system sans-serif, dark text on white, one blue button, no
// images or external assets (many mail clients block them), inline styles only.
const STYLE = {
  body: 'margin:0;padding:0;background:#f3f3f3;',
  table: 'width:100%;max-width:600px;margin:0 auto;background:#ffffff;border-collapse:collapse;',
  cell: 'padding:32px 24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;',
  header:
    'padding:16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:18px;font-weight:bold;color:#ffffff;background:#154273;',
  p: 'margin:0 0 16px 0;',
  button:
    'display:inline-block;padding:12px 20px;background:#01689b;color:#ffffff;text-decoration:underline;font-weight:bold;border-radius:4px;',
  link: 'color:#01689b;word-break:break-all;',
  small: 'margin:24px 0 0 0;font-size:14px;color:#4a4a4a;',
} as const;

/** Plain text and HTML from the same content. */
export function renderMail(c: MailContent): RenderedMail {
  const url = c.action ? checkedUrl(c.action.url) : undefined;
  const text = [
    c.greeting,
    ...c.paragraphs,
    ...(c.action && url ? [`${c.action.label}:\n${url}`] : []),
    ...c.closing,
    c.signOff,
  ].join('\n\n');

  const p = (s: string, style = STYLE.p) => `<p style="${style}">${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const action =
    c.action && url
      ? `<p style="${STYLE.p}"><a href="${escapeHtml(url)}" style="${STYLE.button}">${escapeHtml(c.action.label)}</a></p>` +
        p(c.language === 'nl' ? 'Werkt de knop niet? Open dan deze link:' : 'Button not working? Open this link:') +
        `<p style="${STYLE.p}"><a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(url)}</a></p>`
      : '';
  const html = `<!DOCTYPE html>
<html lang="${c.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(c.subject)}</title></head>
<body style="${STYLE.body}">
<table role="presentation" style="${STYLE.table}">
<tr><td style="${STYLE.header}">Olievlek</td></tr>
<tr><td style="${STYLE.cell}">
${p(c.greeting)}
${c.paragraphs.map((s) => p(s)).join('\n')}
${action}
${c.closing.map((s) => p(s)).join('\n')}
${p(c.signOff)}
</td></tr>
</table>
</body>
</html>
`;
  return { subject: oneLine(c.subject), text: `${text}\n`, html };
}

export interface InvitationMail {
  language: MailLanguage;
  programmeName: string;
  municipalityName: string;
  inviterName: string;
  /** The role in the member's language, e.g. "projectleider". */
  roleLabel: string;
  /** The single-use link (P2). */
  acceptUrl: string;
  expiresAt: Date | string;
}

const TIME_ZONE = 'Europe/Amsterdam';

/** P4: said in every invitation, since every member can type into the free-text fields. */
export const NO_CASE_DATA = {
  nl: 'Let op: Olievlek is geen dossiersysteem. Zet er nooit gegevens in over kinderen, gezinnen of casussen.',
  en: 'Please note: Olievlek is not a case file system. Never enter data about children, families or cases.',
} as const;

/** The invitation of P2 (a single-use link that expires), in Dutch or English. */
export function renderInvitation(i: InvitationMail): RenderedMail {
  const expires = new Intl.DateTimeFormat(i.language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(i.expiresAt));
  const programme = oneLine(i.programmeName);
  const municipality = oneLine(i.municipalityName);
  const inviter = oneLine(i.inviterName);
  const role = oneLine(i.roleLabel);
  if (i.language === 'nl') {
    return renderMail({
      language: 'nl',
      subject: `Uitnodiging voor ${programme} (${municipality})`,
      greeting: 'Geachte heer, mevrouw,',
      paragraphs: [
        `U bent uitgenodigd door ${inviter} om als ${role} deel te nemen aan ${programme} van ${municipality} in Olievlek.`,
      ],
      action: { label: 'Uitnodiging aannemen', url: i.acceptUrl },
      closing: [
        `De link werkt één keer en is geldig tot ${expires}. Is hij verlopen? Vraag ${inviter} dan om een nieuwe uitnodiging.`,
        NO_CASE_DATA.nl,
        'Had u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.',
      ],
      signOff: 'Met vriendelijke groet,\nOlievlek',
    });
  }
  return renderMail({
    language: 'en',
    subject: `Invitation to ${programme} (${municipality})`,
    greeting: 'Dear Sir or Madam,',
    paragraphs: [`${inviter} has invited you to take part in ${programme} of ${municipality} in Olievlek as ${role}.`],
    action: { label: 'Accept the invitation', url: i.acceptUrl },
    closing: [
      `The link works once and is valid until ${expires}. Has it expired? Then ask ${inviter} for a new invitation.`,
      NO_CASE_DATA.en,
      'Were you not expecting this invitation? Then you can ignore this message.',
    ],
    signOff: 'Kind regards,\nOlievlek',
  });
}
