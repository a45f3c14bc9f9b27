import { describe, expect, it } from 'vitest';
import {
  bySlowest,
  comparePeers,
  daysBetween,
  fromCounts,
  PEER_COMPARISON_MIN_STAYS,
  PEER_COMPARISON_THRESHOLD,
  type PeerComparison,
} from './peer-comparison';

const tenStays = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

describe('Peer comparison: percentile among completed stays in the phase', () => {
  it('is the share of completed stays shorter than the time in phase, in percent', () => {
    expect(comparePeers(55, tenStays).percentile).toBe(50);
    expect(comparePeers(5, tenStays).percentile).toBe(0);
    expect(comparePeers(101, tenStays).percentile).toBe(100);
    expect(comparePeers(85, tenStays)).toEqual({
      daysInPhase: 85,
      percentile: 80,
      slowerThanPeers: false,
      completedStays: 10,
    });
  });

  it('counts a tie as half a shorter stay (mid-rank)', () => {
    // 4 shorter + 1 tie of 10: (4 + 0.5) / 10
    expect(comparePeers(50, tenStays).percentile).toBe(45);
    // every peer exactly as long: in the middle, not at the top
    expect(comparePeers(7, [7, 7, 7, 7, 7, 7]).percentile).toBe(50);
    expect(comparePeers(7, [7, 7, 7, 7, 7, 7]).slowerThanPeers).toBe(false);
  });

  it('rounds to one decimal', () => {
    // 2 of 3 shorter: 66.666… %
    expect(comparePeers(25, [10, 20, 30]).percentile).toBe(66.7);
  });

  it('has no percentile without completed stays, and flags nothing', () => {
    expect(comparePeers(400, [])).toEqual({
      daysInPhase: 400,
      percentile: null,
      slowerThanPeers: false,
      completedStays: 0,
    });
  });
});

describe(`Peer comparison: "slower than ${PEER_COMPARISON_THRESHOLD} % of peers"`, () => {
  it('flags a percentile strictly above the threshold, not at it', () => {
    expect(comparePeers(85, tenStays).slowerThanPeers).toBe(false); // exactly 80 %
    expect(comparePeers(90, tenStays)).toMatchObject({ percentile: 85, slowerThanPeers: true }); // 8 shorter + half a tie
    expect(comparePeers(95, tenStays)).toMatchObject({ percentile: 90, slowerThanPeers: true });
  });

  it(`flags nobody with fewer than ${PEER_COMPARISON_MIN_STAYS} completed stays, but still gives the percentile`, () => {
    const four = [1, 2, 3, 4];
    expect(comparePeers(100, four)).toMatchObject({ percentile: 100, slowerThanPeers: false, completedStays: 4 });
    expect(comparePeers(100, [...four, 5])).toMatchObject({
      percentile: 100,
      slowerThanPeers: true,
      completedStays: 5,
    });
  });

  it('gives the same answer from the database counts as from the sorted stays', () => {
    for (const days of [0, 10, 44.5, 50, 90, 100, 150]) {
      const sorted = comparePeers(days, tenStays);
      const shorter = tenStays.filter((d) => d < days).length;
      const equal = tenStays.filter((d) => d === days).length;
      expect(fromCounts(days, tenStays.length, shorter, equal)).toEqual(sorted);
    }
  });
});

describe('Peer comparison: the list and time in phase', () => {
  it('orders by percentile, then longest in phase, then id', () => {
    const row = (programmeId: string, percentile: number | null, daysInPhase: number) => ({
      programmeId,
      comparison: { daysInPhase, percentile, slowerThanPeers: false, completedStays: 9 } satisfies PeerComparison,
    });
    const rows = [row('c', 90, 10), row('a', 95, 5), row('b', 90, 30), row('d', null, 500), row('e', 90, 10)];
    expect(rows.sort(bySlowest).map((r) => r.programmeId)).toEqual(['a', 'b', 'c', 'e', 'd']);
  });

  it('counts calendar days between instants, fractional', () => {
    expect(daysBetween('2027-01-01T00:00:00.000Z', '2027-01-11T12:00:00.000Z')).toBe(10.5);
  });
});
