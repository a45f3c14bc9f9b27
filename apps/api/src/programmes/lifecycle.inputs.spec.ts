import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { ChangeSettingsInput } from './lifecycle.inputs';

const problemsOf = async (webhookUrl: string) =>
  (await validate(plainToInstance(ChangeSettingsInput, { webhookUrl }))).map((e) => e.property);

describe('changeSettings webhookUrl at the API boundary (issue 14)', () => {
  it('accepts an http(s) address and the empty text that removes it', async () => {
    expect(await problemsOf('https://hooks.example.org/olievlek?token=x')).toEqual([]);
    expect(await problemsOf('http://127.0.0.1:8080/webhook')).toEqual([]);
    expect(await problemsOf('')).toEqual([]);
  });

  it.each(['https://user:pw@hooks.example.org/x', 'https://token@hooks.example.org/x', 'ftp://hooks.example.org/x'])(
    'refuses %s',
    async (url) => {
      expect(await problemsOf(url)).toEqual(['webhookUrl']);
    },
  );
});
