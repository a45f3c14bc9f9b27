import { deflateRawSync } from 'node:zlib';
import { defaultPayloadConverter } from '@temporalio/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LargePayloadCodec, PAYLOAD_DICTIONARY_V1 } from '../../../../libs/platform/src';
import { CODEC_PATH, registerTemporalCodec } from './codec.route';

// The codec endpoint over real HTTP on loopback, as the Temporal Web UI (from its own origin) and
// `temporal workflow show --codec-endpoint` call it: payloads the product compressed come back as
// the JSON they were, anything else is refused with a code and a Dutch sentence.

const UI = 'http://127.0.0.1:8233';
let server: FastifyInstance;
let base: string;

beforeAll(async () => {
  server = Fastify();
  await registerTemporalCodec(server, { uiOrigins: [UI] });
  base = `${await server.listen({ host: '127.0.0.1', port: 0 })}${CODEC_PATH}`;
});
afterAll(async () => {
  await server?.close();
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const toWire = (p: { metadata?: Record<string, Uint8Array> | null; data?: Uint8Array | null }) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
  data: b64(p.data ?? new Uint8Array()),
});
const post = (direction: 'decode' | 'encode', body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/${direction}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': 'default', ...headers },
    body: JSON.stringify(body),
  });

/** A programme-like value large enough to be compressed by the product's codec. */
const state = {
  programmeId: 'programme-GM0080-1',
  timeline: Array.from({ length: 40 }, (_, i) => ({
    event: 'commitPartner',
    summary: `Partner ${i} heeft zich verbonden (R1.2).`,
  })),
};

describe('the Temporal codec endpoint (issue 18.2)', () => {
  it('decodes a payload the product compressed back into its JSON, with its own encoding', async () => {
    const plain = defaultPayloadConverter.toPayload(state);
    const [compressed] = await new LargePayloadCodec().encode([plain]);
    expect(Buffer.from(compressed!.metadata!.encoding!).toString()).toContain('deflate');
    const res = await post('decode', { payloads: [toWire(compressed!)] });
    expect(res.status).toBe(200);
    const { payloads } = (await res.json()) as { payloads: Array<{ metadata: Record<string, string>; data: string }> };
    expect(Buffer.from(payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(payloads[0]!.data, 'base64').toString())).toEqual(state);
  });

  it('passes small and foreign payloads through unchanged, and encodes by leaving payloads plain', async () => {
    const small = toWire(defaultPayloadConverter.toPayload({ reason: 'kort' }));
    const decoded = await post('decode', { payloads: [small] });
    expect(await decoded.json()).toEqual({ payloads: [small] });
    const large = toWire(defaultPayloadConverter.toPayload(state));
    const encoded = await post('encode', { payloads: [large] });
    expect(encoded.status).toBe(200);
    expect(await encoded.json()).toEqual({ payloads: [large] });
  });

  it('takes {} as no payloads (proto3 JSON) and refuses what is not a list of payloads, in Dutch, with a stable code', async () => {
    expect(await (await post('encode', {})).json()).toEqual({ payloads: [] });
    for (const body of [[], 'x', { payloads: 'x' }, { payloads: [{ data: 'not base64!' }] }, { payloads: [1] }]) {
      const res = await post('decode', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 'INVALID_INPUT', message: expect.stringContaining('payloads') });
    }
  });

  it('refuses a damaged payload and payloads that would inflate beyond 16 MB together', async () => {
    const deflate = 'YmluYXJ5L2RlZmxhdGU7ZGljdGlvbmFyeT1vbGlldmxlay12MQ=='; // binary/deflate;dictionary=olievlek-v1
    expect(Buffer.from(deflate, 'base64').toString()).toBe('binary/deflate;dictionary=olievlek-v1');
    const bomb = deflateRawSync(Buffer.alloc(32 * 1024 * 1024), { level: 9, dictionary: PAYLOAD_DICTIONARY_V1 });
    const half = b64(deflateRawSync(Buffer.alloc(9 * 1024 * 1024), { level: 9, dictionary: PAYLOAD_DICTIONARY_V1 }));
    const one = await post('decode', { payloads: [{ metadata: { encoding: deflate }, data: half }] });
    expect(one.status).toBe(200);
    for (const payloads of [[b64(Buffer.from('geen deflate'))], [b64(bomb)], [half, half]]) {
      const res = await post('decode', {
        payloads: payloads.map((data) => ({ metadata: { encoding: deflate }, data })),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('CODEC_FAILED');
    }
  });

  it('answers the Web UI’s preflight from its own origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace',
        },
      });
    const ok = await preflight(UI);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(UI);
    expect(ok.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const other = await preflight('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const decoded = await post('decode', { payloads: [] }, { origin: UI });
    expect(decoded.headers.get('access-control-allow-origin')).toBe(UI);
  });
});
