import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { calendarEventsOf, type ProgrammeState, type TrainingSession } from '../../domain/src';
import type { MailLanguage } from '../../persistence/src';
import { NO_CASE_DATA, renderMail, type RenderedMail } from './templates';

// Session invitations (issue 16, R3.1): when a training session is planned, the people it concerns
// get an e-mail with the session as an .ics file. The file holds the same event as the calendar
// feed (apps/api calendar-ics.ts): the same UID, day, summary and description, so a calendar that
// has both keeps one event.

/** What one invitation is about; gathered from the programme's state by the caller. */
export interface SessionInvitationFacts {
  programmeId: string;
  municipalityName: string;
  /** The calendar event's UID as the feed writes it: `<programmeId>/<session>@<host>`. */
  uid: string;
  /** The day, `YYYY-MM-DD` in the Netherlands. */
  date: string;
  title: string;
  /** The feed's summary and description of the event (Dutch). */
  summary: string;
  description: string;
  /** When it was planned (ISO instant): the file's DTSTAMP, so the same session gives the same file. */
  plannedAt: string;
  /** The programme in the workspace. */
  url: string;
}

export interface SessionAddressee {
  language: MailLanguage;
  name: string;
  /** Why this person is told, in their language (e.g. "projectleider"). */
  roleLabel: string;
}

/**
 * The facts of one session's invitation, from the state the projection holds. The event is the
 * calendar feed's own (libs/domain calendarEventsOf), and its UID gets the same host part
 * (PUBLIC_URL's host) as the feed's, so the two are one event to a calendar.
 */
export function sessionInvitationFacts(
  state: ProgrammeState,
  session: TrainingSession,
  municipalityName: string,
  publicUrl: string,
): SessionInvitationFacts {
  // calendar-events.ts: `<programmeId>/<session id as a UID part>`.
  const uid = `${state.programmeId}/${session.id.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  const event = calendarEventsOf(state).find((e) => e.kind === 'TRAINING_SESSION' && e.uid === uid);
  if (!event) throw new Error(`session ${session.id} is not in the calendar of ${state.programmeId}`);
  return {
    programmeId: state.programmeId,
    municipalityName,
    uid: `${event.uid}@${new URL(publicUrl).hostname}`,
    date: session.date,
    title: session.title,
    summary: event.summary,
    description: event.description,
    plannedAt: session.plannedAt,
    url: `${publicUrl.replace(/\/+$/, '')}/programmas/${encodeURIComponent(state.programmeId)}`,
  };
}

/**
 * The session as an iCalendar file (RFC 5545): METHOD:PUBLISH (an announcement: there is no
 * organiser's mailbox to answer a REQUEST's replies), one all-day VEVENT on the session's date in
 * the Netherlands (a DATE value has no zone; X-WR-TIMEZONE says Europe/Amsterdam for clients that
 * show it), with the calendar feed's UID.
 */
export function sessionIcs(f: SessionInvitationFacts): string {
  const calendar = ical({
    name: `Scholing ${f.municipalityName}`,
    prodId: { company: 'Olievlek', product: 'Agenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // Not as the calendar's timezone: ical-generator would then write DTSTAMP in local time, where
  // RFC 5545 wants UTC. The all-day event needs no VTIMEZONE.
  calendar.x('X-WR-TIMEZONE', 'Europe/Amsterdam');
  calendar.createEvent({
    id: f.uid,
    stamp: new Date(f.plannedAt),
    allDay: true,
    start: f.date,
    summary: f.summary,
    description: f.description,
    url: f.url,
    transparency: ICalEventTransparency.TRANSPARENT,
    busystatus: ICalEventBusyStatus.FREE,
  });
  return calendar.toString();
}

const locale = (l: MailLanguage) => (l === 'nl' ? 'nl-NL' : 'en-GB');

/** A day as people in the Netherlands read it (`maandag 15 maart 2027`). */
function day(date: string, l: MailLanguage): string {
  return new Intl.DateTimeFormat(locale(l), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** The message that carries the .ics: what, when, why you get it, the link. */
export function renderSessionInvitation(f: SessionInvitationFacts, to: SessionAddressee): RenderedMail {
  const l = to.language;
  const nl = l === 'nl';
  return renderMail({
    language: l,
    subject: nl
      ? `Scholingsbijeenkomst op ${day(f.date, l)}: ${short(f.title, 120)} (${short(f.municipalityName, 60)})`
      : `Training session on ${day(f.date, l)}: ${short(f.title, 120)} (${short(f.municipalityName, 60)})`,
    greeting: nl ? `Beste ${to.name},` : `Dear ${to.name},`,
    paragraphs: [
      nl
        ? `Voor het scholingstraject van ${f.municipalityName} is een scholingsbijeenkomst gepland: "${f.title}", op ${day(f.date, l)}.`
        : `A training session has been planned for the training track of ${f.municipalityName}: "${f.title}", on ${day(f.date, l)}.`,
      nl
        ? 'De bijlage (bijeenkomst.ics) zet de datum in uw agenda. Dezelfde datum staat in de agendafeed van het programma; uw agenda houdt er één afspraak van.'
        : 'The attachment (bijeenkomst.ics) puts the date in your calendar. The programme’s calendar feed holds the same date; your calendar keeps one event.',
      nl
        ? `U ontvangt dit bericht als ${to.roleLabel} van het programma (R3.1: scholing op de kalender van de schoolbesturen).`
        : `You receive this message as ${to.roleLabel} of the programme (R3.1: training on the school boards’ calendar).`,
    ],
    action: { label: nl ? 'Open het programma in Olievlek' : 'Open the programme in Olievlek', url: f.url },
    closing: [NO_CASE_DATA[l], nl ? 'Dit bericht is automatisch verstuurd.' : 'This message was sent automatically.'],
    signOff: nl ? 'Met vriendelijke groet,\nOlievlek' : 'Kind regards,\nOlievlek',
  });
}
