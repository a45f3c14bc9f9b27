import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEventsOf } from '../../domain/src';
import { calendarFixed, withSession } from '../../../test/support/training-sessions';
import { escapeHtml } from './templates';
import { renderSessionInvitation, sessionIcs, sessionInvitationFacts } from './session-invitation';

// Session invitations (issue 16, R3.1): the .ics attachment is the calendar feed's event.

const PUBLIC_URL = 'https://olievlek.example.nl';
const planned = withSession(
  calendarFixed(),
  '2027-10-05',
  'Signalen <herkennen> & melden',
  Date.parse('2027-01-11T09:00:00.000Z'),
);
const session = planned.training!.sessions[0]!;
const facts = sessionInvitationFacts(planned, session, 'Utrecht', PUBLIC_URL);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, event: new ICAL.Event(vevents[0]) };
}

describe('R3.1 session invitation .ics', () => {
  it('parses as one PUBLISH event with the feed’s UID, all day on the session’s date', () => {
    const { calendar, vevents, event } = parse(sessionIcs(facts));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
    expect(vevents).toHaveLength(1);
    const feedEvent = calendarEventsOf(planned).find((e) => e.kind === 'TRAINING_SESSION')!;
    expect(event.uid).toBe(`${feedEvent.uid}@olievlek.example.nl`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-10-05');
    expect(event.summary).toBe(feedEvent.summary);
    expect(event.description).toBe(feedEvent.description);
    expect(String(vevents[0]!.getFirstPropertyValue('dtstamp'))).toBe('2027-01-11T09:00:00Z');
  });

  it('writes DTSTAMP in UTC and the date as a DATE value (RFC 5545)', () => {
    const ics = sessionIcs(facts);
    expect(ics).toMatch(/^DTSTAMP:20270111T090000Z\r$/m);
    expect(ics).toMatch(/^DTSTART;VALUE=DATE:20271005\r$/m);
  });

  it('is the same file every time for the same session (a re-projection changes nothing)', () => {
    expect(sessionIcs(sessionInvitationFacts(planned, session, 'Utrecht', PUBLIC_URL))).toBe(sessionIcs(facts));
  });

  it('gives each session its own UID', () => {
    const two = withSession(planned, '2028-03-14', 'Meldcode', Date.parse('2027-01-12T09:00:00.000Z'));
    const [a, b] = two.training!.sessions.map((s) => sessionInvitationFacts(two, s, 'Utrecht', PUBLIC_URL).uid);
    expect(a).not.toBe(b);
  });
});

describe('session invitation e-mail', () => {
  it.each(['nl', 'en'] as const)(
    'says what, when and why in %s, with the link; the title escaped in HTML',
    (language) => {
      const sut = renderSessionInvitation(facts, { language, name: 'Fatima el Amrani', roleLabel: 'projectleider' });
      expect(sut.subject).toContain(language === 'nl' ? 'dinsdag 5 oktober 2027' : 'Tuesday, 5 October 2027');
      expect(sut.subject).not.toMatch(/[\r\n]/);
      expect(sut.text).toContain('Signalen <herkennen> & melden');
      expect(sut.text).toContain(`${PUBLIC_URL}/programmas/programme-GM0344-1`);
      expect(sut.text).toContain('R3.1');
      expect(sut.html).toContain(escapeHtml('Signalen <herkennen> & melden'));
      expect(sut.html).not.toContain('<herkennen>');
    },
  );
});
