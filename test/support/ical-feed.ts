import ICAL from 'ical.js';

/** One VEVENT as a calendar client reads it: a whole day, or a moment as a UTC instant. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | undefined;
  /** `YYYY-MM-DD` for an all-day event. */
  date?: string;
  /** ISO instant (UTC) for a timed event, converted through the feed's own VTIMEZONE. */
  at?: string;
  /** The TZID the start was written in, for a timed event. */
  tzid?: string;
  hasEnd: boolean;
}

export interface ParsedFeed {
  name: string | undefined;
  timezones: string[];
  events: ParsedEvent[];
}

/**
 * Parses an iCalendar text with ical.js (a calendar library independent of the one that wrote it),
 * as Outlook or Thunderbird would: the VTIMEZONE components it carries define its TZIDs.
 */
export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const tz of timezones) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const common = {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: (component.getFirstPropertyValue('url') as string | null) ?? undefined,
      hasEnd: component.hasProperty('dtend') || component.hasProperty('duration'),
    };
    if (start.isDate) {
      const date = `${String(start.year).padStart(4, '0')}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
      return { ...common, date };
    }
    return {
      ...common,
      at: new Date(start.toUnixTime() * 1000).toISOString(),
      ...(typeof tzid === 'string' ? { tzid } : {}),
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? undefined,
    timezones: timezones.map((tz) => String(tz.getFirstPropertyValue('tzid'))),
    events,
  };
}
