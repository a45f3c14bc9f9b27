import { LRUCache } from 'lru-cache';
import type { ProgrammeSnapshot, ProgrammeState } from '../../../../libs/domain/src';
import type { ProgrammeModel } from './programme.model';

/** A programme's parsed state of one version, and its GraphQL model once mapped. */
export interface CachedProgramme {
  readonly version: number;
  readonly state: ProgrammeSnapshot | ProgrammeState;
  /** `toProgrammeModel(state)` without the municipality; filled on first use. Never changed afterwards. */
  model?: ProgrammeModel;
}

/** Bounds of {@link ProgrammeCache}: programmes held, and the total of their state JSON's length. */
export const PROGRAMME_CACHE_MAX_ENTRIES = 2_000;
export const PROGRAMME_CACHE_MAX_CHARS = 32 * 1024 * 1024;

/**
 * Issue 18.1 (per-request cost): parsed states per (programme, version), least recently used out
 * first. A state never changes under a version (the read model only moves a row forward), so
 * an entry is right for as long as the row holds its version; the row's version is read on every
 * request, and a newer one replaces the entry. Who may see a programme is checked before this is
 * asked, on every request.
 */
export class ProgrammeCache {
  private readonly entries: LRUCache<string, CachedProgramme>;

  constructor({
    maxEntries = PROGRAMME_CACHE_MAX_ENTRIES,
    maxChars = PROGRAMME_CACHE_MAX_CHARS,
  }: { maxEntries?: number; maxChars?: number } = {}) {
    this.entries = new LRUCache<string, CachedProgramme>({ max: maxEntries, maxSize: maxChars });
  }

  /** The entry of `id` if it holds exactly `version`. */
  get(id: string, version: number): CachedProgramme | undefined {
    const entry = this.entries.get(id);
    return entry?.version === version ? entry : undefined;
  }

  /** Parses `json` (of `version`) and keeps it unless a newer version of `id` is already held. */
  put(id: string, version: number, json: string): CachedProgramme {
    const entry: CachedProgramme = { version, state: JSON.parse(json) as ProgrammeState };
    const held = this.entries.peek(id);
    if (held && held.version > version) return entry;
    // Sized by its JSON's length; one larger than the whole bound is not kept (parsed each time).
    this.entries.set(id, entry, { size: Math.max(1, json.length) });
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
