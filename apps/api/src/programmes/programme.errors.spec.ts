import { describe, expect, it } from 'vitest';
import { checkPastPhases } from '../../../../libs/domain/src';
import type { ProgrammeFailure } from './programme.failures';
import { programmeError } from './programme.errors';

const amsterdam = { code: 'GM0363', name: 'Amsterdam' };
const programmeId = 'programme-GM0363-1';

describe('programmeError: one GraphQL error per expected failure', () => {
  it.each<[ProgrammeFailure, string, Record<string, unknown>]>([
    [
      { kind: 'MALFORMED_MUNICIPALITY_CODE', input: 'Amsterdam' },
      'VALIDATION_FAILED',
      { details: { field: 'municipalityCode' } },
    ],
    [{ kind: 'UNKNOWN_MUNICIPALITY', code: 'GM9999' }, 'NOT_FOUND', { details: { municipalityCode: 'GM9999' } }],
    [
      {
        kind: 'MUNICIPALITY_MERGED',
        municipality: { code: 'GM0060', name: 'Ameland' },
        successor: { code: 'GM9901', name: 'Waddeneilanden-Oost' },
        since: 2099,
      },
      'VALIDATION_FAILED',
      { details: { field: 'municipalityCode', municipalityCode: 'GM0060', successorCode: 'GM9901' } },
    ],
    [
      { kind: 'ALREADY_RUNNING', municipality: amsterdam, programmeId, phase: 'AGENDA' },
      'PROGRAMME_ALREADY_RUNNING',
      { details: { municipalityCode: 'GM0363', programmeId } },
    ],
    [
      { kind: 'INVALID_START_DATE', startedOn: '2099-01-01', message: 'Niet in de toekomst.' },
      'VALIDATION_FAILED',
      { details: { field: 'startedOn' } },
    ],
    [{ kind: 'NOT_ASSIGNED', municipalityName: 'Amsterdam', programmeId }, 'FORBIDDEN', { details: { programmeId } }],
    [{ kind: 'AMBIGUOUS_LOOKUP' }, 'VALIDATION_FAILED', {}],
    [{ kind: 'INVALID_CURSOR' }, 'VALIDATION_FAILED', {}],
    [{ kind: 'INVALID_IDEMPOTENCY_KEY' }, 'VALIDATION_FAILED', { details: { header: 'Idempotency-Key' } }],
    [{ kind: 'PROGRAMME_NOT_FOUND', programmeId }, 'NOT_FOUND', { details: { programmeId } }],
    [{ kind: 'PROGRAMME_ENDED', programmeId }, 'RULE_VIOLATION', { rule: 'LIFECYCLE', details: { programmeId } }],
    [
      {
        kind: 'STEP_NOT_YOURS',
        refusal: { kind: 'NOT_YOUR_STEP', type: 'adoptAgenda', needs: ['ADMINISTRATIVE_LEAD'] },
      },
      'FORBIDDEN',
      { details: { reason: 'NOT_YOUR_STEP', step: 'adoptAgenda', needs: ['ADMINISTRATIVE_LEAD'] } },
    ],
    [
      {
        kind: 'STEP_NOT_YOURS',
        refusal: { kind: 'ROLE_NOT_HELD', actingAs: 'ADMINISTRATIVE_LEAD', holds: ['PROJECT_LEAD'] },
      },
      'FORBIDDEN',
      { details: { reason: 'ROLE_NOT_HELD', actingAs: 'ADMINISTRATIVE_LEAD', holds: ['PROJECT_LEAD'] } },
    ],
    [
      {
        kind: 'STEP_NOT_YOURS',
        refusal: { kind: 'NOT_YOUR_ORGANISATION', organisation: 'Politie', level: 'MANAGEMENT' },
      },
      'FORBIDDEN',
      { rule: 'R2.4', details: { reason: 'NOT_YOUR_ORGANISATION' } },
    ],
    [
      { kind: 'WEBHOOK_REFUSED', reason: 'Webhook http://10.0.0.5 wijst naar een intern adres (10.0.0.5).' },
      'VALIDATION_FAILED',
      { details: { field: 'webhookUrl' } },
    ],
  ])('%j is %s', (failure, code, extensions) => {
    const sut = programmeError(failure);
    expect(sut.extensions).toEqual({ code, ...extensions });
    expect(sut.message).not.toBe(sut.english);
  });
});

describe('programmeError: declared past phases that cannot stand', () => {
  it.each([
    [
      1,
      '2025-04-07',
      'BEFORE_PREVIOUS',
      /pastPhases\[1\]\.endedOn lies before the end of the previous phase \(2025-04-07\)/,
    ],
    [0, '2026-11-23', 'IN_FUTURE', /pastPhases\[0\]\.endedOn lies in the future; it can be today \(2026-11-23\)/],
  ] as const)('names the field in Dutch and English (pastPhases[%i], %s, %s)', (i, date, problem, english) => {
    const nowMs = Date.parse('2026-11-23T10:00:00Z');
    const violation =
      problem === 'IN_FUTURE'
        ? checkPastPhases([{ phase: 'COMMITMENT', endedOn: '2026-11-24' }], '2025-01-13', nowMs)
        : checkPastPhases(
            [
              { phase: 'COMMITMENT', endedOn: date },
              { phase: 'AGENDA', endedOn: '2025-04-06' },
            ],
            '2025-01-13',
            nowMs,
          );
    const sut = programmeError({ kind: 'INVALID_PAST_PHASES', violation: violation! });
    expect(sut.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      details: { field: `pastPhases[${i}].endedOn`, problem },
    });
    expect(sut.message).toContain(`pastPhases[${i}].endedOn`);
    expect(sut.english).toMatch(english);
  });
});

describe('programmeError: a step refused by a rule or lifecycle guard', () => {
  it("is a RULE_VIOLATION naming the rule, with the step's Dutch sentence and the rule's English one", () => {
    const sut = programmeError({
      kind: 'STEP_REFUSED',
      violation: { ruleId: 'R2.2', message: 'Al drie thema’s gekozen.', details: { themes: 3 } },
    });
    expect(sut.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'R2.2', details: { themes: 3 } });
    expect(sut.message).toBe('Al drie thema’s gekozen.');
    expect(sut.english).toMatch(/1 to 3 themes/);
  });

  it.each([
    ['LIFECYCLE', 'RULE_VIOLATION', { rule: 'LIFECYCLE' }],
    ['INVALID_INPUT', 'VALIDATION_FAILED', {}],
    ['UNKNOWN_REFERENCE', 'NOT_FOUND', {}],
    ['NOT_PERMITTED', 'FORBIDDEN', {}],
  ] as const)('%s is %s', (ruleId, code, extensions) => {
    expect(
      programmeError({ kind: 'STEP_REFUSED', violation: { ruleId, message: 'Nee.', details: {} } }).extensions,
    ).toEqual({ code, ...extensions });
  });
});

describe('programmeError: R3.3 a date that is not a school day', () => {
  it('is a RULE_VIOLATION at the date field, with the Dutch sentence of the step and an English one as specific', () => {
    const details = {
      field: 'date',
      date: '2027-12-28',
      reason: 'SCHOOL_HOLIDAY',
      region: 'noord',
      holiday: { kind: 'CHRISTMAS', from: '2027-12-25', to: '2028-01-09', provisional: false },
      provisional: false,
    };
    const message =
      'Dinsdag 28 december 2027 is geen schooldag: het valt in de kerstvakantie van regio Noord (25 december 2027 t/m 9 januari 2028).';
    const sut = programmeError({ kind: 'STEP_REFUSED', violation: { ruleId: 'R3.3', message, details } });
    expect(sut.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'R3.3', details });
    expect(sut.message).toBe(message);
    expect(sut.english).toBe(
      'Tuesday 28 December 2027 is not a school day: it falls in the Christmas holiday of region North (25 December 2027 to 9 January 2028).',
    );
  });
});

describe('programmeError: a municipality that merged (herindeling)', () => {
  it('tells in Dutch since when it no longer exists and names its successor to start for', () => {
    const sut = programmeError({
      kind: 'MUNICIPALITY_MERGED',
      municipality: { code: 'GM0060', name: 'Ameland' },
      successor: { code: 'GM9901', name: 'Waddeneilanden-Oost' },
      since: 2099,
    });
    expect(sut.message).toBe(
      'De gemeente Ameland bestaat sinds 1 januari 2099 niet meer: zij is opgegaan in Waddeneilanden-Oost (GM9901). Start het programma voor Waddeneilanden-Oost.',
    );
    expect(sut.english).toContain('merged into Waddeneilanden-Oost (GM9901)');
  });
});
