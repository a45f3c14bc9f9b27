import { z } from 'zod';
import { parseEnv } from '../../platform/src';

/** Outgoing mail settings, read once at boot (loadMailConfig) and passed down. */
export interface MailConfig {
  /** `smtp://` or `smtps://` URL of the relay (nodemailer's URL form); undefined: sending is off. */
  smtpUrl?: string;
  /** The From header: `Name <address>` or a bare address. */
  from: string;
  /** Right-hand side of every Message-ID (`<uuid@domain>`). */
  messageIdDomain: string;
  /** How often the sender looks for due messages. */
  pollMs: number;
  /** Attempts before a message is given up as FAILED. */
  maxAttempts: number;
}

export const DEFAULT_MAIL_FROM = 'Olievlek <noreply@olievlek.local>';

// A host name as it may stand after the @ of an address or a Message-ID (no IP literals).
const DOMAIN =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@([^\s@<>()[\]\\,;:"]+)$/;

/** The address part of a From value, or undefined when it is not one `Name <addr>` or `addr`. */
export function fromAddress(from: string): string | undefined {
  if (/[\r\n]/.test(from)) return undefined;
  const bracketed = /^[^<>]*<([^<>]+)>$/.exec(from.trim());
  const address = bracketed ? bracketed[1]!.trim() : from.trim();
  const match = ADDRESS.exec(address);
  return match && DOMAIN.test(match[1]!) ? address : undefined;
}

/** Where mail goes, for logs: scheme, host and port, never the credentials. */
export function describeSmtpTarget(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);

const mailEnvSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    MAIL_SMTP_URL: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine((s) => URL.canParse(s), { message: 'must be a URL', abort: true })
        .refine((s) => ['smtp:', 'smtps:'].includes(new URL(s).protocol), 'must start with smtp:// or smtps://')
        .refine((s) => new URL(s).hostname !== '', 'must name a host')
        .optional(),
    ),
    MAIL_FROM: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine((s) => fromAddress(s) !== undefined, 'must be one address, `Name <address>` or `address`')
        .default(DEFAULT_MAIL_FROM),
    ),
    MAIL_MESSAGE_ID_DOMAIN: z.preprocess(
      blankAsUnset,
      z.string().regex(DOMAIN, 'must be a domain name such as olievlek.example.nl').optional(),
    ),
    MAIL_POLL_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(50).max(3_600_000).default(1000)),
    MAIL_MAX_ATTEMPTS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(100).default(10)),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV !== 'production' || !e.MAIL_SMTP_URL) return;
    // Production mail carries invitation links (P2): never in clear text over the network.
    const url = new URL(e.MAIL_SMTP_URL);
    const requireTls = url.searchParams.get('requireTLS') === 'true';
    if (url.protocol !== 'smtps:' && !requireTls) {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_SMTP_URL'],
        message: 'in production must be smtps:// or smtp://…?requireTLS=true (STARTTLS required)',
      });
    }
    if (url.searchParams.get('tls.rejectUnauthorized') === 'false' || url.searchParams.get('ignoreTLS') === 'true') {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_SMTP_URL'],
        message: 'in production may not turn off TLS or its certificate check',
      });
    }
  });

/** Reads and checks the MAIL_* variables; a bad value stops the boot with every problem listed. */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const e = parseEnv(mailEnvSchema, env);
  const domain = e.MAIL_MESSAGE_ID_DOMAIN ?? fromAddress(e.MAIL_FROM)!.split('@')[1]!;
  return {
    ...(e.MAIL_SMTP_URL ? { smtpUrl: e.MAIL_SMTP_URL } : {}),
    from: e.MAIL_FROM,
    messageIdDomain: domain.toLowerCase(),
    pollMs: e.MAIL_POLL_MS,
    maxAttempts: e.MAIL_MAX_ATTEMPTS,
  };
}
