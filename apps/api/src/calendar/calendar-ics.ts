import { TZDate } from '@date-fns/tz';
import { tzOffset } from '@date-fns/tz/tzOffset';
import ical, { ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import type { CalendarEvent } from '../../../../libs/domain/src';

/** Every date in the domain is a date in this zone (docs/rules.md "Time and dates"). */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Europe/Amsterdam as a VTIMEZONE (RFC 5545 3.6.5): CET/CEST by the EU rule in force since 1996,
 * last Sunday of March 02:00 → +02:00 and last Sunday of October 03:00 → +01:00. Outlook needs the
 * zone described in the file; the domain's own offsets come from the runtime's zone data, and
 * calendar-ics.spec.ts checks that the two agree for every year this product plans in.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TIME_ZONE}`,
  `X-LIC-LOCATION:${AMSTERDAM_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

interface FeedDocument {
  /** The calendar's name as the client shows it. */
  name: string;
  events: readonly CalendarEvent[];
  /** The programme page an event links to. */
  programmeUrl: (programmeId: string) => string;
  /** Makes the UIDs globally unique (RFC 5545 3.8.4.7): the installation's host. */
  uidDomain: string;
  /** DTSTAMP of every event: when the data last changed, so an unchanged feed stays byte-equal. */
  stampMs: number;
  /** Put before each summary (a personal feed names the municipality). */
  prefix?: (programmeId: string) => string | undefined;
}

const HOUR_MS = 3_600_000;
const wallClockMs = (ms: number): number => ms + tzOffset(AMSTERDAM_TIME_ZONE, new Date(ms)) * 60_000;
/** Whether Amsterdam's clock shows this instant's time twice (the last Sunday of October, 02:00–03:00). */
const twiceOnTheClock = (ms: number): boolean =>
  wallClockMs(ms - HOUR_MS) === wallClockMs(ms) || wallClockMs(ms + HOUR_MS) === wallClockMs(ms);

/** The feed as iCalendar text: deadlines at their moment in Europe/Amsterdam, days as all-day events. */
export function renderFeed(doc: FeedDocument): string {
  const calendar = ical({
    name: doc.name,
    prodId: { company: 'Olievlek', product: 'Agenda', language: 'NL' },
    // No calendar-wide zone (ical-generator would then write DTSTAMP without its required UTC
    // form): the events carry TZID, and the generator adds the VTIMEZONE they name.
    timezone: { name: null, generator: (tz) => (tz === AMSTERDAM_TIME_ZONE ? AMSTERDAM_VTIMEZONE : null) },
    // Clients that honour it (REFRESH-INTERVAL / X-PUBLISHED-TTL) look again every hour.
    ttl: 3600,
  });
  const stamp = new Date(doc.stampMs);
  for (const e of doc.events) {
    const prefix = doc.prefix?.(e.programmeId);
    const common = {
      id: `${e.uid}@${doc.uidDomain}`,
      stamp,
      summary: prefix ? `${prefix}: ${e.summary}` : e.summary,
      description: e.description,
      url: doc.programmeUrl(e.programmeId),
      // Dates to keep, not appointments: they do not block the agenda.
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    };
    if (e.allDay) {
      // A DATE value (no time, no zone): the day in the Netherlands itself.
      calendar.createEvent({ ...common, allDay: true, start: e.date, end: undefined });
    } else {
      const at = Date.parse(e.at);
      // A moment with no duration, written as Amsterdam wall-clock time with TZID; in the hour the
      // clocks go back, where that reading happens twice, as UTC, which no client can misread.
      calendar.createEvent(
        twiceOnTheClock(at)
          ? { ...common, start: new Date(at) }
          : { ...common, start: new TZDate(at, AMSTERDAM_TIME_ZONE), timezone: AMSTERDAM_TIME_ZONE },
      );
    }
  }
  return calendar.toString();
}
