import { tzOffset } from '@date-fns/tz/tzOffset';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../test/support/ical-feed';
import type { CalendarEvent } from '../../../../libs/domain/src';
import { AMSTERDAM_TIME_ZONE, renderFeed } from './calendar-ics';

// The iCalendar text of a feed (issue 16, RFC 5545), read back with ical.js as a client would.

const PROGRAMME = 'programme-GM0344-1';
const timed = (uid: string, at: string): CalendarEvent => ({
  uid: `${PROGRAMME}/${uid}`,
  kind: 'STALL_LEVEL',
  programmeId: PROGRAMME,
  allDay: false,
  at,
  summary: `Moment ${uid}`,
  description: 'Met komma, puntkomma; en dubbele punt: allemaal ontsnapt.',
});
const day = (uid: string, date: string): CalendarEvent => ({
  uid: `${PROGRAMME}/${uid}`,
  kind: 'TRAINING_SESSION',
  programmeId: PROGRAMME,
  allDay: true,
  date,
  summary: `Dag ${uid}`,
  description: 'Een hele dag.',
});

const sut = (events: CalendarEvent[], prefix?: (id: string) => string | undefined) =>
  renderFeed({
    name: 'Olievlek – Utrecht',
    events,
    programmeUrl: (id) => `https://olievlek.example/programmas/${id}`,
    uidDomain: 'olievlek.example',
    stampMs: Date.parse('2027-01-02T10:00:00.000Z'),
    ...(prefix ? { prefix } : {}),
  });

describe('calendar feed text (RFC 5545)', () => {
  it('writes moments in Europe/Amsterdam with its VTIMEZONE; a client reads back the same instants in winter and summer time', () => {
    const winter = '2027-01-31T23:00:00.000Z'; // 1 February 00:00 CET
    const summer = '2027-07-01T08:30:00.000Z'; // 10:30 CEST
    const text = sut([timed('w', winter), timed('s', summer)]);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270201T000000');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270701T103000');
    const feed = parseFeed(text);
    expect(feed.timezones).toEqual([AMSTERDAM_TIME_ZONE]);
    expect(feed.events.map((e) => [e.uid, e.at, e.tzid, e.hasEnd])).toEqual([
      [`${PROGRAMME}/w@olievlek.example`, winter, AMSTERDAM_TIME_ZONE, false],
      [`${PROGRAMME}/s@olievlek.example`, summer, AMSTERDAM_TIME_ZONE, false],
    ]);
  });

  it('writes days as DATE values, and every event with its summary, description and programme link', () => {
    const feed = parseFeed(sut([day('d', '2028-02-29')]));
    expect(feed.name).toBe('Olievlek – Utrecht');
    expect(feed.events).toEqual([
      {
        uid: `${PROGRAMME}/d@olievlek.example`,
        summary: 'Dag d',
        description: 'Een hele dag.',
        url: `https://olievlek.example/programmas/${PROGRAMME}`,
        date: '2028-02-29',
        hasEnd: false,
      },
    ]);
  });

  it('escapes text, stamps in UTC and is byte-equal for the same data (a client sees no change)', () => {
    const events = [timed('a', '2027-03-28T01:00:00.000Z'), day('b', '2027-10-05')];
    const text = sut(events);
    expect(text).toContain('DESCRIPTION:Met komma\\, puntkomma\\; en dubbele punt: allemaal ontsnapt.');
    expect(text).toMatch(/^DTSTAMP:20270102T100000Z\r$/m);
    expect(parseFeed(text).events[0]!.description).toBe(events[0]!.description);
    expect(sut(events)).toBe(text);
  });

  it('puts the prefix before each summary (a personal feed names the municipality)', () => {
    const feed = parseFeed(sut([day('d', '2027-10-05')], () => 'Utrecht'));
    expect(feed.events[0]!.summary).toBe('Utrecht: Dag d');
  });
});

describe("the VTIMEZONE's rule agrees with the runtime's zone data", () => {
  // Last Sunday of the month, as a UTC date.
  const lastSunday = (year: number, month: number): number => {
    const last = new Date(Date.UTC(year, month, 0));
    return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay());
  };
  const offsetHours = (ms: number) => tzOffset(AMSTERDAM_TIME_ZONE, new Date(ms)) / 60;
  const HOUR = 3_600_000;

  it.each(Array.from({ length: 26 }, (_, i) => 2025 + i))(
    '%i: +01:00 to +02:00 at 01:00 UTC on the last Sunday of March, back at 01:00 UTC on the last Sunday of October',
    (year) => {
      const spring = lastSunday(year, 3) + HOUR;
      const autumn = lastSunday(year, 10) + HOUR;
      expect([offsetHours(spring - 1), offsetHours(spring)]).toEqual([1, 2]);
      expect([offsetHours(autumn - 1), offsetHours(autumn)]).toEqual([2, 1]);
    },
  );

  it('a client converts the spring and autumn changes exactly as the runtime does', () => {
    const instants = [
      '2030-03-31T00:59:00.000Z',
      '2030-03-31T01:00:00.000Z',
      '2030-10-27T00:00:00.000Z', // 02:00 CEST: the hour the clock shows twice begins
      '2030-10-27T00:59:00.000Z', // 02:59 CEST
      '2030-10-27T01:59:00.000Z', // 02:59 CET
      '2030-10-27T02:00:00.000Z', // 03:00 CET, once again
    ];
    const text = sut(instants.map((at, i) => timed(`t${i}`, at)));
    const feed = parseFeed(text);
    expect(feed.events.map((e) => e.at)).toEqual(instants);
    // Only the twice-shown hour is written in UTC.
    expect(feed.events.map((e) => e.tzid ?? 'UTC')).toEqual([
      AMSTERDAM_TIME_ZONE,
      AMSTERDAM_TIME_ZONE,
      'UTC',
      'UTC',
      'UTC',
      AMSTERDAM_TIME_ZONE,
    ]);
    expect(text).toContain('DTSTART:20301027T005900Z');
  });
});
