import fastifyCors from '@fastify/cors';
import type { Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LargePayloadCodec } from '../../../../libs/platform/src';

/**
 * Temporal's codec server protocol (issue 18.2) for the Temporal Web UI and `temporal workflow show
 * --codec-endpoint`: POST `<CODEC_PATH>/decode` and `/encode` with a JSON body `{ payloads: [...] }`
 * in proto3 JSON (metadata values and data base64), answered in the same shape. The product
 * compresses large payloads (LargePayloadCodec); without this the UI and the CLI show them as
 * base64. Compression is not a secret: the algorithm and its dictionary are in this repository, so
 * the endpoint needs no sign-in, as the payloads it is given are already in the caller's hands;
 * what a request may cost is bounded instead (body size, payload count, inflated size).
 */
export const CODEC_PATH = '/temporal-codec';

/** The request body Temporal allows a payload (2 MB) in base64, with room for a few beside it. */
const CODEC_BODY_LIMIT = 8 * 1024 * 1024;
/** At most this many payloads per request (the UI sends one event's payloads at a time). */
const MAX_PAYLOADS = 100;
/** The most a request's payloads may inflate to together: a programme's state is far less. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** Inflates one payload after the other within the request's budget; a payload beyond it fails. */
async function decodeWithin(payloads: Payload[]): Promise<Payload[]> {
  const out: Payload[] = [];
  let left = MAX_DECODED_BYTES;
  for (const payload of payloads) {
    if (left <= 0) throw new RangeError('decoded payloads too large');
    const [decoded] = await new LargePayloadCodec(undefined, left).decode([payload]);
    left -= decoded!.data?.length ?? 0;
    out.push(decoded!);
  }
  return out;
}

/** proto3 JSON of Temporal's `Payloads` (bytes as base64), read and written by the protobuf classes. */
const Payloads = temporal.api.common.v1.Payloads;

/** The request's payloads, or undefined when the body is not a `Payloads` of at most MAX_PAYLOADS. */
function fromJson(value: unknown): Payload[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    // proto3 JSON leaves an empty list out: `{}` is no payloads (the CLI sends it for a query without input).
    const { payloads } = Payloads.fromObject(value);
    return payloads.length <= MAX_PAYLOADS ? payloads : undefined;
  } catch {
    return undefined; // a field of the wrong type, or data that is not base64
  }
}

const toJson = (payloads: Payload[]) => ({
  payloads: [],
  ...Payloads.toObject(Payloads.create({ payloads }), { bytes: String }),
});

function refuse(reply: FastifyReply, code: string, nl: string) {
  return reply.code(400).send({ code, message: nl });
}

/**
 * Registers the codec routes. `uiOrigins`: the Temporal Web UI's origins, allowed to call them
 * from the browser (CORS); the CLI needs none.
 */
export async function registerTemporalCodec(
  fastify: FastifyInstance,
  options: { uiOrigins: readonly string[] },
): Promise<void> {
  await fastify.register(async (scope) => {
    // Only this scope answers cross-origin requests, and only from the UI's origins.
    await scope.register(fastifyCors, {
      origin: options.uiOrigins.length > 0 ? [...options.uiOrigins] : false,
      methods: ['POST'],
      allowedHeaders: ['content-type', 'x-namespace', 'authorization'],
      maxAge: 600,
    });
    for (const direction of ['decode', 'encode'] as const) {
      scope.post(`${CODEC_PATH}/${direction}`, { bodyLimit: CODEC_BODY_LIMIT }, async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const payloads = fromJson(request.body);
        if (!payloads) {
          return refuse(
            reply,
            'INVALID_INPUT',
            `Stuur een JSON-object met "payloads": een lijst van ten hoogste ${MAX_PAYLOADS} payloads, metadata en data in base64.`,
          );
        }
        try {
          // Encoding answers the payloads as they are: workers read plain payloads, and the endpoint
          // spends no compression time on requests nobody signed in for.
          return toJson(direction === 'decode' ? await decodeWithin(payloads) : payloads);
        } catch {
          return refuse(reply, 'CODEC_FAILED', 'Een payload kon niet worden uitgepakt: beschadigd of te groot.');
        }
      });
    }
  });
}
