import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { COMPRESS_FROM_BYTES, DEFLATE_V1_ENCODING, GZIP_ENCODING, LargePayloadCodec } from './payload-codec';
import { PAYLOAD_DICTIONARY_V1, PAYLOAD_DICTIONARY_V1_SHA256 } from './payload-dictionary';

const codec = new LargePayloadCodec();
const encodingOf = (p: Payload) => new TextDecoder().decode(p.metadata!.encoding);

/** A programme view's growing part: a timeline of a few years, as the Update answers it. */
const view = {
  programmeId: 'programme-GM0917-1',
  timeline: Array.from({ length: 60 }, (_, i) => ({
    at: new Date(Date.UTC(2027, 0, 1 + i * 7)).toISOString(),
    by: { role: 'PROJECT_LEAD', name: 'Projectleider' },
    event: 'updateActionStatus',
    summary: `Actie ${i} bijgewerkt: afgerond.`,
  })),
};

describe('LargePayloadCodec (issue 18.2)', () => {
  it('compresses a large view at least fivefold, and gives back exactly what went in', async () => {
    const plain = defaultPayloadConverter.toPayload(view);
    const [encoded] = await codec.encode([plain]);
    expect(encodingOf(encoded!)).toBe(DEFLATE_V1_ENCODING);
    expect(encoded!.data!.length * 5).toBeLessThan(plain.data!.length);
    // The dictionary's phrases cost less than gzip alone would.
    expect(encoded!.data!.length).toBeLessThan(gzipSync(plain.data!).length);
    const [decoded] = await codec.decode([encoded!]);
    expect(encodingOf(decoded!)).toBe('json/plain');
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(view);
  });

  it('leaves small payloads (a step, a signal) as plain JSON that the CLI and Web UI read', async () => {
    const step = defaultPayloadConverter.toPayload({ actionId: 'action-1', status: 'DONE' });
    expect(step.data!.length).toBeLessThan(COMPRESS_FROM_BYTES);
    const [encoded] = await codec.encode([step]);
    expect(encoded).toBe(step);
  });

  it('passes through payloads written before it, so older histories replay and read unchanged', async () => {
    const before = defaultPayloadConverter.toPayload(view);
    const [decoded] = await codec.decode([before]);
    expect(decoded).toBe(before);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(view);
  });

  it('still reads the payloads the first version wrote with gzip', async () => {
    const plain = defaultPayloadConverter.toPayload(view);
    const gzipped: Payload = {
      metadata: {
        encoding: new TextEncoder().encode(GZIP_ENCODING),
        'olievlek/inner-encoding': plain.metadata!.encoding!,
      },
      data: gzipSync(plain.data!),
    };
    const [decoded] = await codec.decode([gzipped]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(view);
  });

  it("never changes dictionary v1: running programmes' payloads decode only with its very bytes", () => {
    expect(PAYLOAD_DICTIONARY_V1).toHaveLength(32_768);
    expect(createHash('sha256').update(PAYLOAD_DICTIONARY_V1).digest('hex')).toBe(PAYLOAD_DICTIONARY_V1_SHA256);
    expect(PAYLOAD_DICTIONARY_V1_SHA256).toBe('c38989a7ef13a74cd7a7d462ff4af67cb0788c1aa6adec230e327fc65418b242');
  });

  it('keeps a payload without an encoding (null) intact through a round trip', async () => {
    const empty = defaultPayloadConverter.toPayload(undefined);
    const [decoded] = await codec.decode(await codec.encode([empty]));
    expect(defaultPayloadConverter.fromPayload(decoded!)).toBeUndefined();
  });
});
