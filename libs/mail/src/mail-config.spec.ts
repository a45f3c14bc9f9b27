import { describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, describeSmtpTarget, loadMailConfig } from './mail-config';
import { outgoingMailProblem, type OutgoingMail } from './outbox';

describe('loadMailConfig', () => {
  it('defaults: sending off, the local sender, Message-IDs on its domain, 1 s polls, 10 attempts', () => {
    expect(loadMailConfig({})).toEqual({
      from: DEFAULT_MAIL_FROM,
      messageIdDomain: 'olievlek.local',
      pollMs: 1000,
      maxAttempts: 10,
    });
  });

  it('takes the Message-ID domain from MAIL_FROM unless MAIL_MESSAGE_ID_DOMAIN names one', () => {
    expect(loadMailConfig({ MAIL_FROM: 'Gemeente <noreply@Olievlek.Example.nl>' }).messageIdDomain).toBe(
      'olievlek.example.nl',
    );
    expect(
      loadMailConfig({ MAIL_FROM: 'noreply@a.example.nl', MAIL_MESSAGE_ID_DOMAIN: 'mail.example.nl' }).messageIdDomain,
    ).toBe('mail.example.nl');
  });

  it('refuses a URL that is not smtp:// or smtps://, and a From with two addresses or a line break', () => {
    expect(() => loadMailConfig({ MAIL_SMTP_URL: 'http://relay.example.nl' })).toThrow(/MAIL_SMTP_URL/);
    expect(() => loadMailConfig({ MAIL_FROM: 'a@example.nl, b@example.nl' })).toThrow(/MAIL_FROM/);
    expect(() => loadMailConfig({ MAIL_FROM: 'a@example.nl\r\nBcc: b@example.nl' })).toThrow(/MAIL_FROM/);
  });

  it('in production requires TLS: smtps:// or STARTTLS required, certificate checked', () => {
    const prod = (url: string) => () => loadMailConfig({ NODE_ENV: 'production', MAIL_SMTP_URL: url });
    expect(prod('smtp://relay.example.nl:587')).toThrow(/requireTLS/);
    expect(prod('smtps://user:pw@relay.example.nl:465?tls.rejectUnauthorized=false')).toThrow(/certificate/);
    expect(prod('smtps://user:pw@relay.example.nl:465')()).toMatchObject({ smtpUrl: expect.any(String) });
    expect(prod('smtp://relay.example.nl:587?requireTLS=true')()).toMatchObject({ smtpUrl: expect.any(String) });
    // Outside production the embedded Mailpit is plain SMTP on loopback.
    expect(loadMailConfig({ MAIL_SMTP_URL: 'smtp://127.0.0.1:1025' }).smtpUrl).toBe('smtp://127.0.0.1:1025');
  });

  it('describes the relay for logs without its credentials', () => {
    expect(describeSmtpTarget('smtps://user:secret@relay.example.nl:465')).toBe('smtps://relay.example.nl:465');
  });
});

describe('outgoingMailProblem', () => {
  const mail: OutgoingMail = {
    kind: 'INVITATION',
    to: 'a@example.nl',
    language: 'nl',
    subject: 'S',
    text: 't',
    html: 'h',
  };

  it('accepts one plain address', () => {
    expect(outgoingMailProblem(mail)).toBeUndefined();
  });

  it('refuses display names, lists, line breaks and empty parts', () => {
    for (const to of ['A <a@example.nl>', 'a@example.nl,b@example.nl', 'a@example.nl\nBcc: b@example.nl', 'a']) {
      expect(outgoingMailProblem({ ...mail, to })).toMatch(/one e-mail address/);
    }
    expect(outgoingMailProblem({ ...mail, subject: 'a\nb' })).toMatch(/line break/);
    expect(outgoingMailProblem({ ...mail, html: ' ' })).toMatch(/text and an HTML part/);
    expect(outgoingMailProblem({ ...mail, kind: 'invitation' })).toMatch(/kind/);
  });
});
