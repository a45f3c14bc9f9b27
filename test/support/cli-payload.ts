import { gunzipSync } from 'node:zlib';
import { GZIP_ENCODING } from '../../libs/platform/src/payload-codec';

interface PrintedPayload {
  metadata?: Record<string, string>;
  data?: string;
}

/**
 * The answer of `temporal workflow query -o json` (its `queryResult`). The CLI has no codec: a
 * result it can decode is printed as a list of values, and one the product compressed (issue
 * 18.2, libs/platform/src/payload-codec.ts) as `{ payloads: [...] }` with metadata and data in
 * base64, unpacked here the way the codec decodes it.
 */
export function cliQueryResult<T>(queryResult: unknown): T {
  if (Array.isArray(queryResult)) return queryResult[0] as T;
  const payload = (queryResult as { payloads?: PrintedPayload[] } | null)?.payloads?.[0];
  const encoding = payload?.metadata?.encoding;
  if (!payload?.data || !encoding || Buffer.from(encoding, 'base64').toString('utf8') !== GZIP_ENCODING)
    throw new Error(`the CLI printed a query result this test cannot read: ${JSON.stringify(queryResult)}`);
  return JSON.parse(gunzipSync(Buffer.from(payload.data, 'base64')).toString('utf8')) as T;
}
