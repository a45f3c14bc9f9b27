import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const JWT_SECRET_FILE = 'jwt-secret';

/** HMAC keys shorter than the SHA-256 output weaken HS256 (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

export function secretFilePath(dataDir: string): string {
  return join(dataDir, JWT_SECRET_FILE);
}

function readSecretFile(path: string): string {
  const secret = readFileSync(path, 'utf8').trim();
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(
      `invalid configuration: ${path} holds fewer than ${MIN_SECRET_BYTES} bytes; delete it to generate a new secret`,
    );
  }
  return secret;
}

/**
 * The embedded HS256 secret of a data folder: `<dataDir>/jwt-secret`, created on first use with
 * 48 random bytes (base64url, mode 0600).
 */
export function readOrCreateJwtSecret(dataDir: string): string {
  return readOrCreateSecretFile(dataDir, JWT_SECRET_FILE, () => randomBytes(48).toString('base64url'), readSecretFile);
}

/**
 * A secret file in the data folder, created on first use from `generate()` (mode 0600). The file
 * is written under a temporary name and hard-linked into place, so it never appears half-written,
 * and concurrent first starts (API and token CLI, several workers) agree on one secret: whoever
 * links second gets EEXIST and reads the winner's.
 */
export function readOrCreateSecretFile(
  dataDir: string,
  fileName: string,
  generate: () => string,
  read: (path: string) => string,
): string {
  const path = join(dataDir, fileName);
  try {
    return read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${generate()}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  return read(path);
}
