import { describe, expect, it } from 'vitest';
import { parseEnv, sharedEnvSchema } from './env';
import { resolveLogFormat } from './logger';

describe('log format', () => {
  it('is readable lines in a terminal and JSON otherwise', () => {
    expect(resolveLogFormat(undefined, { isTTY: true })).toBe('pretty');
    expect(resolveLogFormat(undefined, { isTTY: false })).toBe('json');
    expect(resolveLogFormat(undefined, {})).toBe('json');
  });

  it('follows LOG_FORMAT when it is set', () => {
    expect(resolveLogFormat('json', { isTTY: true })).toBe('json');
    expect(resolveLogFormat('pretty', { isTTY: false })).toBe('pretty');
    expect(parseEnv(sharedEnvSchema, { LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(() => parseEnv(sharedEnvSchema, { LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});
