import { createHmac } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com, spec "Signature scheme"): the receiver
// recomputes HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>` with the secret's bytes.

const SECRET_PREFIX = 'whsec_';

/** The key bytes of a `whsec_<base64>` secret (the prefix is optional, as the reference libraries accept). */
export function signingKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, 'base64');
}

export interface SignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three headers for one attempt; `timestamp` is the attempt's time (receivers refuse stale ones). */
export function signatureHeaders(key: Buffer, id: string, timestamp: Date, body: string): SignatureHeaders {
  const seconds = String(Math.floor(timestamp.getTime() / 1000));
  const signature = createHmac('sha256', key).update(`${id}.${seconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': `v1,${signature}` };
}
