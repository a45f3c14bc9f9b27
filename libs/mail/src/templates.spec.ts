import { describe, expect, it } from 'vitest';
import { escapeHtml, NO_CASE_DATA, renderInvitation, type InvitationMail } from './templates';

const invitation = (over: Partial<InvitationMail> = {}): InvitationMail => ({
  language: 'nl',
  programmeName: 'Collectief Utrecht',
  municipalityName: 'Utrecht',
  inviterName: 'Fatima el Amrani',
  roleLabel: 'bestuurlijk trekker',
  acceptUrl: 'https://olievlek.example.nl/uitnodiging/abc123?lang=nl&x=1',
  expiresAt: '2027-03-01T10:00:00.000Z',
  ...over,
});

describe('P2 invitation e-mail', () => {
  it('is Dutch by default wording, addressed formally, with the link in both parts', () => {
    const sut = renderInvitation(invitation());
    expect(sut.subject).toBe('Uitnodiging voor Collectief Utrecht (Utrecht)');
    expect(sut.text).toContain('U bent uitgenodigd door Fatima el Amrani om als bestuurlijk trekker deel te nemen');
    expect(sut.text).toContain('https://olievlek.example.nl/uitnodiging/abc123?lang=nl&x=1');
    // In HTML the & of the query is an entity, in the href and in the visible link.
    expect(sut.html).toContain('href="https://olievlek.example.nl/uitnodiging/abc123?lang=nl&amp;x=1"');
    expect(sut.html).toContain('<html lang="nl">');
  });

  it('is English when the member chose English', () => {
    const sut = renderInvitation(invitation({ language: 'en', roleLabel: 'administrative lead' }));
    expect(sut.subject).toBe('Invitation to Collectief Utrecht (Utrecht)');
    expect(sut.text).toContain('Fatima el Amrani has invited you to take part in Collectief Utrecht');
    expect(sut.text).toContain('https://olievlek.example.nl/uitnodiging/abc123?lang=nl&x=1');
    expect(sut.html).toContain('href="https://olievlek.example.nl/uitnodiging/abc123?lang=nl&amp;x=1"');
    expect(sut.html).toContain('<html lang="en">');
  });

  it('states the expiry in Amsterdam time, in the language of the message', () => {
    expect(renderInvitation(invitation()).text).toContain('geldig tot 1 maart 2027 om 11:00');
    expect(renderInvitation(invitation({ language: 'en' })).text).toContain('valid until 1 March 2027 at 11:00');
  });

  it('P4 says in both languages and both parts that no case data belongs in Olievlek', () => {
    for (const language of ['nl', 'en'] as const) {
      const sut = renderInvitation(invitation({ language }));
      expect(sut.text).toContain(NO_CASE_DATA[language]);
      expect(sut.html).toContain(escapeHtml(NO_CASE_DATA[language]));
    }
  });

  it('escapes every interpolated value in the HTML part', () => {
    const sut = renderInvitation(
      invitation({
        programmeName: '<script>alert(1)</script>',
        municipalityName: 'A & B',
        inviterName: '"><img src=x onerror=alert(1)>',
        roleLabel: "it's <b>",
        acceptUrl: 'https://olievlek.example.nl/a?"onmouseover="alert(1)',
      }),
    );
    expect(sut.html).not.toMatch(/<script|<img|<b>|"onmouseover="/);
    expect(sut.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sut.html).toContain('A &amp; B');
    expect(sut.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(sut.html).toContain('it&#39;s &lt;b&gt;');
    // The text part stays plain text.
    expect(sut.text).toContain('<script>alert(1)</script>');
  });

  it('keeps names to one line, so no value can add a header line to the subject', () => {
    const sut = renderInvitation(invitation({ programmeName: 'Collectief\r\nBcc: x@example.org' }));
    expect(sut.subject).toBe('Uitnodiging voor Collectief Bcc: x@example.org (Utrecht)');
    expect(sut.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses a link that is not absolute http(s)', () => {
    for (const acceptUrl of ['javascript:alert(1)', '/relative', 'data:text/html,hi']) {
      expect(() => renderInvitation(invitation({ acceptUrl }))).toThrow(/http\(s\)/);
    }
  });

  it('has no external assets and only inline styles', () => {
    const { html } = renderInvitation(invitation());
    expect(html).not.toMatch(/<img|<link|<script|<style|src=/i);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
