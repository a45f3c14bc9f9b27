import { describe, expect, it } from 'vitest';
import { programmeWorkflowId, type MunicipalityCode } from './municipality';
import { isProgrammeRunning, newProgramme, parseProgrammeId, PROGRAMME_PHASES } from './programme';

describe('programme lifecycle basics', () => {
  it('lists the phases in the order of docs/rules.md', () => {
    expect(PROGRAMME_PHASES).toEqual(['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION', 'CLOSED']);
  });

  it('starts a new programme active, in COMMITMENT, at version 1', () => {
    const sut = newProgramme({
      programmeId: 'programme-GM0363-1',
      municipalityCode: 'GM0363',
      sequence: 1,
      startedAt: '2027-01-04T08:00:00.000Z',
    });
    expect(sut).toEqual({
      programmeId: 'programme-GM0363-1',
      municipalityCode: 'GM0363',
      sequence: 1,
      phase: 'COMMITMENT',
      status: 'ACTIVE',
      startedAt: '2027-01-04T08:00:00.000Z',
      updatedAt: '2027-01-04T08:00:00.000Z',
      version: 1,
    });
  });

  it('counts active and paused programmes as running, closed and aborted ones not', () => {
    // One programme per municipality at a time; a new one may start after the previous closed.
    expect(isProgrammeRunning('ACTIVE')).toBe(true);
    expect(isProgrammeRunning('PAUSED')).toBe(true);
    expect(isProgrammeRunning('CLOSED')).toBe(false);
    expect(isProgrammeRunning('ABORTED')).toBe(false);
  });
});

describe('programme ids', () => {
  it('splits an id into its municipality and sequence', () => {
    expect(parseProgrammeId('programme-GM0363-1')).toEqual({
      ok: true,
      value: { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1 },
    });
    expect(parseProgrammeId('programme-GM0599-123456')).toMatchObject({
      ok: true,
      value: { municipalityCode: 'GM0599', sequence: 123456 },
    });
  });

  it('reads back what programmeWorkflowId writes', () => {
    expect(parseProgrammeId(programmeWorkflowId('GM0014' as MunicipalityCode, 7))).toMatchObject({
      ok: true,
      value: { sequence: 7 },
    });
  });

  it.each([
    '',
    'programme-GM0363',
    'programme-GM0363-0',
    'programme-GM0363-01',
    'programme-gm0363-1',
    'programme-GM363-1',
    ' programme-GM0363-1',
    'programme-GM0363-1234567',
    'programme-x-1',
  ])('rejects %j as malformed', (input) => {
    expect(parseProgrammeId(input)).toEqual({ ok: false, error: { code: 'MALFORMED_PROGRAMME_ID', input } });
  });
});
