import { describe, expect, it } from 'vitest';
import { ProgrammeCache } from './programme-cache';

const json = (id: string, version: number, pad = 0) =>
  JSON.stringify({ programmeId: id, version, note: 'x'.repeat(pad) });

describe('ProgrammeCache (issue 18.1: parsed state per programme and version)', () => {
  it('answers a held version, and nothing for another version of the same programme', () => {
    const cache = new ProgrammeCache();
    const put = cache.put('p1', 3, json('p1', 3));
    expect(cache.get('p1', 3)).toBe(put);
    expect(cache.get('p1', 3)?.state).toMatchObject({ programmeId: 'p1', version: 3 });
    expect(cache.get('p1', 4)).toBeUndefined();
    expect(cache.get('p2', 3)).toBeUndefined();
  });

  it('replaces an entry by a newer version, never by an older one', () => {
    const cache = new ProgrammeCache();
    cache.put('p1', 3, json('p1', 3));
    cache.put('p1', 5, json('p1', 5));
    expect(cache.get('p1', 5)).toBeDefined();
    const older = cache.put('p1', 4, json('p1', 4));
    expect(older.state).toMatchObject({ version: 4 });
    expect(cache.get('p1', 5)).toBeDefined();
    expect(cache.get('p1', 4)).toBeUndefined();
  });

  it('holds at most its bounds: entries, and the total length of their JSON', () => {
    const byCount = new ProgrammeCache({ maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) byCount.put(id, 1, json(id, 1));
    expect(byCount.size).toBe(2);
    expect(byCount.get('a', 1)).toBeUndefined();
    expect(byCount.get('c', 1)).toBeDefined();

    const bySize = new ProgrammeCache({ maxChars: 1_000 });
    for (const id of ['a', 'b', 'c']) bySize.put(id, 1, json(id, 1, 400));
    expect(bySize.size).toBe(2);
    const huge = bySize.put('d', 1, json('d', 1, 5_000));
    expect(huge.state).toMatchObject({ programmeId: 'd' });
    expect(bySize.get('d', 1)).toBeUndefined();
  });
});
