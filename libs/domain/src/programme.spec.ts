import { describe, expect, it } from 'vitest';
import { isProgrammeRunning, newProgramme, PROGRAMME_PHASES } from './programme';

describe('programme lifecycle basics', () => {
  it('lists the phases in DOMAIN.md order', () => {
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
