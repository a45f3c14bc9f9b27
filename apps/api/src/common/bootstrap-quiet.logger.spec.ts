import type { LoggerService } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { quietBootstrap } from './bootstrap-quiet.logger';

describe('quietBootstrap', () => {
  const calls: string[] = [];
  const record =
    (level: string) =>
    (message: unknown, ...params: unknown[]) =>
      calls.push(`${level} ${String(message)} ${String(params.at(-1))}`);
  const inner: LoggerService = {
    log: record('log'),
    error: record('error'),
    warn: record('warn'),
    debug: record('debug'),
  };
  const sut = quietBootstrap(inner);

  it('sends Nest start-up lines to debug and everything else through', () => {
    sut.log('Mapped {/health, GET} route', 'RouterExplorer');
    sut.log('AppModule dependencies initialized', 'InstanceLoader');
    sut.log('something worth knowing', 'ProgrammeService');
    sut.warn('slow start', 'InstanceLoader');
    expect(calls).toEqual([
      'debug Mapped {/health, GET} route RouterExplorer',
      'debug AppModule dependencies initialized InstanceLoader',
      'log something worth knowing ProgrammeService',
      'warn slow start InstanceLoader',
    ]);
  });
});
