import { gunzipSync, inflateRawSync } from 'node:zlib';
import { DEFLATE_V1_ENCODING, GZIP_ENCODING, PAYLOAD_DICTIONARY_V1 } from '../../libs/platform/src';

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
  const encoding = payload?.metadata?.encoding && Buffer.from(payload.metadata.encoding, 'base64').toString('utf8');
  if (!payload?.data || (encoding !== DEFLATE_V1_ENCODING && encoding !== GZIP_ENCODING))
    throw new Error(`the CLI printed a query result this test cannot read: ${JSON.stringify(queryResult)}`);
  const data = Buffer.from(payload.data, 'base64');
  const json =
    encoding === GZIP_ENCODING ? gunzipSync(data) : inflateRawSync(data, { dictionary: PAYLOAD_DICTIONARY_V1 });
  return JSON.parse(json.toString('utf8')) as T;
}
