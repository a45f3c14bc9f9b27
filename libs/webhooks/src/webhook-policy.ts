import { z } from 'zod';
import { invalidAllowListEntries, type WebhookTargetPolicy } from './webhook-target';

/** WEBHOOK_ALLOWED_HOSTS: comma-separated host names, addresses or CIDR ranges webhooks may reach although internal. */
export const allowedHostsSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean)
      : [],
  z.array(z.string()).superRefine((hosts, ctx) => {
    const bad = invalidAllowListEntries(hosts);
    if (bad.length)
      ctx.addIssue({ code: 'custom', message: `not a host name, address or CIDR range: ${bad.join(', ')}` });
  }),
);

/**
 * The webhook target policy from the environment, as the worker delivers with it (https only under
 * NODE_ENV=production; WEBHOOK_ALLOWED_HOSTS). The API checks a programme's own webhook with it when
 * it is set, so a municipality learns at once that an internal address is refused.
 */
export function loadWebhookPolicy(env: NodeJS.ProcessEnv = process.env): WebhookTargetPolicy {
  const parsed = z
    .object({ NODE_ENV: z.string().optional(), WEBHOOK_ALLOWED_HOSTS: allowedHostsSchema })
    .safeParse(env);
  if (!parsed.success)
    throw new Error(`WEBHOOK_ALLOWED_HOSTS: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return {
    mode: parsed.data.NODE_ENV === 'production' ? 'production' : 'development',
    allowedHosts: parsed.data.WEBHOOK_ALLOWED_HOSTS,
  };
}
