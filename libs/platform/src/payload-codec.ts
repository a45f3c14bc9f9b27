import { promisify } from 'node:util';
import { deflateRaw, gunzip, inflateRaw } from 'node:zlib';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { PAYLOAD_DICTIONARY_V1 } from './payload-dictionary';

const deflateRawAsync = promisify(deflateRaw);
const inflateRawAsync = promisify(inflateRaw);
const gunzipAsync = promisify(gunzip);

/**
 * The encoding a compressed payload carries (its original encoding is kept beside it): raw
 * deflate with preset dictionary v1 (libs/platform/src/payload-dictionary.ts). A view is small
 * for deflate alone: what it says once (JSON keys, the domain's Dutch phrases) costs most, and the
 * dictionary already holds it: a five-year lifecycle's Update answers take 32 KB instead of 97 KB
 * with plain gzip.
 */
export const DEFLATE_V1_ENCODING = 'binary/deflate;dictionary=olievlek-v1';
/** Payloads written with gzip by the first version of this codec (issue 18.2, never deployed beyond the tests): still read. */
export const GZIP_ENCODING = 'binary/gzip';
const INNER_ENCODING = 'olievlek/inner-encoding';
/**
 * Issue 18.2: payloads of at least this many bytes are compressed. The large ones are the
 * programme's view that every step's Update answers (history keeps each answer, and the view grows
 * with the timeline and the escalations), the state carried over a continue-as-new, and the
 * projection's delta (1–2 KB, a whole state at ~30 KB now and then); their JSON compresses three-
 * to tenfold. Small payloads (a step's input, a signal, an activity's result, an escalation to
 * deliver) stay plain JSON, so `temporal workflow show` and the Web UI still read them without a
 * codec.
 */
export const COMPRESS_FROM_BYTES = 1024;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

/**
 * Compresses large payloads with deflate and a preset dictionary (node:zlib) between the payload converter and the wire. It
 * runs in the client and the worker's main thread, never in the workflow sandbox. Decoding
 * passes through every payload it did not encode, so histories written before it replay and
 * read unchanged, and a process without it still reads every small payload.
 */
export class LargePayloadCodec implements PayloadCodec {
  /**
   * `maxDecodedBytes`: the most one payload may inflate to, for payloads from outside the product
   * (the codec endpoint, apps/api/src/temporal/codec.route.ts); a larger one fails to decode.
   */
  constructor(
    private readonly fromBytes = COMPRESS_FROM_BYTES,
    private readonly maxDecodedBytes?: number,
  ) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(
      payloads.map(async (payload) => {
        const data = payload.data;
        if (!data || data.length < this.fromBytes) return payload;
        const compressed = await deflateRawAsync(data, { level: 9, dictionary: PAYLOAD_DICTIONARY_V1 });
        if (compressed.length >= data.length) return payload;
        const metadata: Record<string, Uint8Array> = { ...(payload.metadata ?? {}) };
        if (metadata.encoding) metadata[INNER_ENCODING] = metadata.encoding;
        metadata.encoding = textEncoder.encode(DEFLATE_V1_ENCODING);
        return { ...payload, metadata, data: new Uint8Array(compressed) };
      }),
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(
      payloads.map(async (payload) => {
        const encoding = payload.metadata?.encoding && textDecoder.decode(payload.metadata.encoding);
        if ((encoding !== DEFLATE_V1_ENCODING && encoding !== GZIP_ENCODING) || !payload.data) return payload;
        const { [INNER_ENCODING]: inner, ...rest } = payload.metadata ?? {};
        const metadata: Record<string, Uint8Array> = { ...rest };
        if (inner) metadata.encoding = inner;
        else delete metadata.encoding;
        const bound = this.maxDecodedBytes === undefined ? {} : { maxOutputLength: this.maxDecodedBytes };
        const data =
          encoding === DEFLATE_V1_ENCODING
            ? await inflateRawAsync(payload.data, { dictionary: PAYLOAD_DICTIONARY_V1, ...bound })
            : await gunzipAsync(payload.data, bound);
        return { ...payload, metadata, data: new Uint8Array(data) };
      }),
    );
  }
}

/**
 * The data converter of every Temporal client and worker of the product (and of the tests that
 * read a programme's view straight from Temporal): JSON payloads, large ones compressed.
 */
export const temporalDataConverter: DataConverter = { payloadCodecs: [new LargePayloadCodec()] };
