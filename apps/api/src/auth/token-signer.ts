// signHs256Token moved to libs/platform (shared with apps/seed); re-exported for the API's own imports.
export { signHs256Token } from '../../../../libs/platform/src';

/** Lifetimes like `90s`, `30m`, `8h`, `7d`, or a number of seconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^(\d{1,7})\s*(s|m|h|d)?$/.exec(value.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  return seconds > 0 ? seconds : undefined;
}
