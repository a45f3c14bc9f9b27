import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signatureHeaders, signingKey } from './webhook-signature';

// The receiver's side with the Standard Webhooks reference library (npm `standardwebhooks`).
const secret = `whsec_${randomBytes(32).toString('base64')}`;
const body = JSON.stringify({ escalation: { id: 'programme-GM0363-1/escalation-1', level: 1 } });

describe('Standard Webhooks signature of a delivery', () => {
  it('is accepted by a receiver verifying with the reference library', () => {
    const sut = signatureHeaders(signingKey(secret), 'programme-GM0363-1/escalation-1', new Date(), body);

    expect(sut['webhook-id']).toBe('programme-GM0363-1/escalation-1');
    expect(sut['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...sut })).toEqual(JSON.parse(body));
  });

  it('signs exactly what the reference library signs', () => {
    const at = new Date('2027-02-15T08:00:00Z');
    const sut = signatureHeaders(signingKey(secret), 'msg_1', at, body);
    expect(sut['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
    expect(sut['webhook-signature']).toBe(new Webhook(secret).sign('msg_1', at, body));
  });

  it('is refused for a tampered body, another id or another secret', () => {
    const sut = signatureHeaders(signingKey(secret), 'programme-GM0363-1/escalation-1', new Date(), body);
    expect(() => new Webhook(secret).verify(body.replace('"level":1', '"level":3'), { ...sut })).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...sut, 'webhook-id': 'other' })).toThrow();
    const other = `whsec_${randomBytes(32).toString('base64')}`;
    expect(() => new Webhook(other).verify(body, { ...sut })).toThrow();
  });

  it('is refused by the receiver when the timestamp is stale (replay)', () => {
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const sut = signatureHeaders(signingKey(secret), 'programme-GM0363-1/escalation-1', old, body);
    expect(() => new Webhook(secret).verify(body, { ...sut })).toThrow(/timestamp/i);
  });
});
