import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readOrCreateSecretFile } from './jwt-secret';

export const WEBHOOK_SECRET_FILE = 'webhook-secret';

/** Standard Webhooks: `whsec_` and the base64 of 24 to 64 random bytes. */
const WHSEC = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

/** Why a `whsec_…` secret is unusable, or undefined when it is fine. */
export function webhookSecretProblem(secret: string): string | undefined {
  const match = WHSEC.exec(secret);
  if (!match) return 'must be whsec_ followed by base64 (Standard Webhooks)';
  const bytes = Buffer.from(match[1]!, 'base64').length;
  if (bytes < 24 || bytes > 64) return `must hold 24 to 64 bytes (has ${bytes})`;
  return undefined;
}

/**
 * The development signing secret of a data folder: `<dataDir>/webhook-secret`, created on first
 * use with 32 random bytes as `whsec_<base64>` (mode 0600), beside the embedded JWT secret, so
 * `npm start` signs its deliveries and a developer can verify them with this file.
 */
export function readOrCreateWebhookSecret(dataDir: string): string {
  return readOrCreateSecretFile(
    dataDir,
    WEBHOOK_SECRET_FILE,
    () => `whsec_${randomBytes(32).toString('base64')}`,
    (path) => {
      const secret = readFileSync(path, 'utf8').trim();
      const problem = webhookSecretProblem(secret);
      if (problem) throw new Error(`invalid configuration: ${path} ${problem}; delete it to generate a new secret`);
      return secret;
    },
  );
}
