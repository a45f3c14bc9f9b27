import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// Issue 14: a webhook must not be aimed at the worker's own network (cloud metadata, databases,
// Temporal itself). Checked at every delivery, on the addresses the request then connects to.

/** `production`: https only. `development` (npm start, tests): plain http too, to loopback only. */
export type WebhookMode = 'production' | 'development';

export interface WebhookTargetPolicy {
  mode: WebhookMode;
  /**
   * WEBHOOK_ALLOWED_HOSTS: host names, addresses or CIDR ranges that may be internal (private,
   * loopback, link-local, …). Unspecified, broadcast and multicast addresses are never allowed.
   */
  allowedHosts: readonly string[];
}

/** An address the request may connect to, as `dns.lookup` answers it. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type TargetCheck = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: string };

/** Answers every address of a host name, as `dns.lookup(host, { all: true })`. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

type AddressClass = 'public' | 'internal' | 'never';

// Never a webhook receiver, whatever the allow-list says.
const NEVER_RANGES = new Set(['unspecified', 'broadcast', 'multicast']);

/**
 * `public` only for ordinary unicast addresses; everything ipaddr.js puts in a special range
 * (private, loopback, link-local, CGNAT, unique-local, reserved, 6to4/Teredo/NAT64 wrappers that
 * may hide an internal IPv4, …) is `internal`. IPv4-mapped IPv6 is judged as its IPv4 address.
 */
export function classifyAddress(address: string): AddressClass {
  const ip = ipaddr.process(stripBrackets(address));
  const range = ip.range();
  if (NEVER_RANGES.has(range)) return 'never';
  return range === 'unicast' ? 'public' : 'internal';
}

/** True for 127/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  return ipaddr.process(stripBrackets(address)).range() === 'loopback';
}

/** Checks the allow-list entries at boot: each a host name, an IP address or a CIDR range. */
export function invalidAllowListEntries(entries: readonly string[]): string[] {
  return entries.filter((e) => !(isHostName(e) || isIpLiteral(stripBrackets(e)) || ipaddr.isValidCIDR(e)));
}

function isAllowListed(hostname: string, address: string, allowed: readonly string[]): boolean {
  const ip = ipaddr.process(stripBrackets(address));
  return allowed.some((entry) => {
    if (ipaddr.isValidCIDR(entry)) {
      const [net, bits] = ipaddr.parseCIDR(entry);
      const candidate = net.kind() === 'ipv6' && ip.kind() === 'ipv4' ? (ip as ipaddr.IPv4).toIPv4MappedAddress() : ip;
      return candidate.kind() === net.kind() && candidate.match(net, bits);
    }
    const bare = stripBrackets(entry);
    if (isIpLiteral(bare)) return ipaddr.process(bare).toNormalizedString() === ip.toNormalizedString();
    return entry.toLowerCase() === hostname.toLowerCase();
  });
}

/**
 * What can be judged before any DNS answer: the scheme for the mode, and no credentials in the
 * address (they would travel in the clear in logs and proxies; receivers verify the signature).
 */
export function checkWebhookUrl(url: URL, policy: WebhookTargetPolicy): { ok: true } | { ok: false; reason: string } {
  if (url.username || url.password) {
    return { ok: false, reason: 'Een webhookadres mag geen gebruikersnaam of wachtwoord bevatten.' };
  }
  if (url.protocol === 'https:') return { ok: true };
  if (url.protocol !== 'http:') return { ok: false, reason: 'Het webhookadres is geen geldig http(s)-adres.' };
  if (policy.mode === 'production') {
    return { ok: false, reason: `Webhook ${url.origin} gebruikt http; in productie alleen https.` };
  }
  return { ok: true };
}

/**
 * Judges the addresses a host resolved to: refused when ANY is internal and not allow-listed (a
 * name with one public and one internal answer is not a public name), or when plain http would
 * leave the machine.
 */
export function checkResolvedAddresses(
  url: URL,
  addresses: readonly ResolvedAddress[],
  policy: WebhookTargetPolicy,
): TargetCheck {
  const hostname = stripBrackets(url.hostname);
  if (addresses.length === 0) return { ok: false, reason: `Webhook ${url.origin}: de naam heeft geen adres.` };
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'never') {
      return { ok: false, reason: `Webhook ${url.origin} wijst naar ${address}, geen adres om naar te bezorgen.` };
    }
    const allowed = isAllowListed(hostname, address, policy.allowedHosts);
    // Development keeps `npm start` and the tests' receivers on 127.0.0.1 working without config.
    const devLoopback = policy.mode === 'development' && isLoopbackAddress(address);
    if (kind === 'internal' && !allowed && !devLoopback) {
      return {
        ok: false,
        reason: `Webhook ${url.origin} wijst naar een intern adres (${address}); dat is niet toegestaan (WEBHOOK_ALLOWED_HOSTS).`,
      };
    }
    if (url.protocol === 'http:' && !isLoopbackAddress(address)) {
      return {
        ok: false,
        reason: `Webhook ${url.origin} gebruikt http; dat mag alleen naar dit eigen systeem (loopback).`,
      };
    }
  }
  return { ok: true, addresses: [...addresses] };
}

const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/**
 * The addresses to connect to, every one checked: an IP literal as it is, a name resolved once
 * here. The caller connects to these (not to a second DNS answer), so a rebinding name cannot
 * pass the check with a public address and then deliver to an internal one.
 */
export async function resolveWebhookTarget(
  url: URL,
  policy: WebhookTargetPolicy,
  resolve: HostResolver = systemResolver,
): Promise<TargetCheck | { ok: 'unresolved'; error: unknown }> {
  const early = checkWebhookUrl(url, policy);
  if (!early.ok) return early;
  const hostname = stripBrackets(url.hostname);
  if (isIpLiteral(hostname)) {
    const family = ipaddr.parse(hostname).kind() === 'ipv6' ? 6 : 4;
    return checkResolvedAddresses(url, [{ address: hostname, family }], policy);
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    // A DNS failure may pass (a name not yet published): retried like an unreachable receiver.
    return { ok: 'unresolved', error };
  }
  return checkResolvedAddresses(url, addresses, policy);
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

// Strict forms only: ipaddr.js also reads `0x7f.1` or `2130706433`, which the URL parser has
// already normalised to four decimal parts.
function isIpLiteral(s: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(s) || ipaddr.IPv6.isValid(s);
}

function isHostName(s: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i.test(s);
}
