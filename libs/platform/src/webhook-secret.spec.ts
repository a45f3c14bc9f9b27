import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateWebhookSecret, webhookSecretProblem } from './webhook-secret';

describe('webhook signing secret in the data folder (development)', () => {
  it('is created once as whsec_ with 32 random bytes, mode 0600, and read back on the next start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-whsec-'));

    const sut = readOrCreateWebhookSecret(dir);

    expect(webhookSecretProblem(sut)).toBeUndefined();
    expect(Buffer.from(sut.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(statSync(join(dir, 'webhook-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateWebhookSecret(dir)).toBe(sut);
    expect(readFileSync(join(dir, 'webhook-secret'), 'utf8').trim()).toBe(sut);
  });

  it('stops the boot on a damaged file instead of signing with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-whsec-'));
    writeFileSync(join(dir, 'webhook-secret'), 'whsec_kort\n');
    expect(() => readOrCreateWebhookSecret(dir)).toThrow(/24 to 64 bytes/);
  });
});
