import { ERROR_CODES, type ErrorCode } from '../../apps/api/src/common/graphql-errors';

/** One HTTP request of the fuzzer, as sent. */
export interface AbuseRequest {
  /** What kind of abuse, for the failure message and the tally. */
  kind: string;
  method: 'GET' | 'POST';
  /** Query string for GET (without `?`). */
  search?: string;
  headers: Record<string, string>;
  body?: string;
  /**
   * Whether a successful answer (data, no errors) is acceptable: only for read-only operations.
   * A mutation that is meant to be malformed must never succeed.
   */
  mayExecute: boolean;
  /** What the answer must be, when the generator knows it exactly. */
  expect?: { status?: number; codes?: readonly ErrorCode[] };
}

export interface AbuseResponse {
  status: number;
  text: string;
}

// A GraphQL error body must never carry a trace of the server's insides: stack frames, file
// paths, JavaScript error class names or messages, SQL, driver or framework error codes.
// graphql-js's own "Syntax Error: …" is a user-facing sentence about the document and allowed.
const INTERNALS: { what: string; pattern: RegExp }[] = [
  { what: 'a stack frame', pattern: /(?:\\n|\n)\s*at \S|\bat (?:async )?[\w$.<>]+ \((?:\/|file:|node:|<anonymous>)/ },
  {
    what: 'a file path',
    pattern: /\/(?:work|root|home|tmp|usr|opt|app|srv)\/|node_modules|[\w-]+\.(?:ts|js|mjs|cjs):\d+/,
  },
  { what: 'a JavaScript error', pattern: /(?<!Syntax )\bError: |\b[A-Z]\w*Error\b/ },
  {
    what: 'a JavaScript runtime message',
    pattern:
      /[\w$] is not (?:iterable|a function|defined|a constructor)|Cannot read propert|Cannot destructure|undefined is not|of (?:undefined|null)\b|Maximum call stack/,
  },
  { what: 'SQL', pattern: /\bSELECT [^"]*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b/ },
  { what: 'a database error', pattern: /SQLITE_|no such table|relation "|\bpg_\w+/i },
  { what: 'a framework error code', pattern: /\bFST_[A-Z_]+|\bERR_[A-Z_]{4,}|"stack"\s*:/ },
];

const CODES = new Set<string>(ERROR_CODES);

/** Problems with an answer to a malformed request; empty when the answer is a clear refusal. */
export function judge(request: AbuseRequest, response: AbuseResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  if (request.expect?.status !== undefined && response.status !== request.expect.status) {
    problems.push(`HTTP ${response.status}, expected ${request.expect.status}`);
  }
  // Echoes of the request itself (a field name, a string value) are not leaks.
  const sent = `${request.search ?? ''} ${request.body ?? ''}`;
  for (const { what, pattern } of INTERNALS) {
    const found = pattern.exec(response.text);
    if (found && !sent.includes(found[0])) problems.push(`the answer shows ${what}: ${found[0]}`);
  }
  // Headers (or a GET query string) over Node's 16 kB are refused before any route runs.
  if (response.status === 431) return problems;
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    problems.push('the answer is not JSON');
    return problems;
  }
  // Fastify answers a method it has no route for (PUT, DELETE, …) with its own 404 body.
  if (response.status === 404) {
    if (request.method === 'POST' || request.method === 'GET') problems.push('404 on the GraphQL endpoint');
    return problems;
  }
  const { data, errors } = (body ?? {}) as {
    data?: unknown;
    errors?: { message?: unknown; extensions?: { code?: unknown } }[];
  };
  if (errors === undefined || errors.length === 0) {
    if (!request.mayExecute) problems.push('a malformed operation was executed without any error');
    else if (response.status !== 200 || data === undefined || data === null)
      problems.push(`HTTP ${response.status} without errors or data`);
    return problems;
  }
  for (const e of errors) {
    const code = e.extensions?.code;
    if (typeof e.message !== 'string' || e.message.trim() === '') problems.push('an error without a message');
    if (typeof code !== 'string' || !CODES.has(code))
      problems.push(`an error without a stable code: ${JSON.stringify(code)}`);
    else if (code === 'INTERNAL_SERVER_ERROR')
      problems.push(`INTERNAL_SERVER_ERROR (an unexpected failure, masked): ${String(e.message)}`);
    else if (request.expect?.codes && !request.expect.codes.includes(code as ErrorCode)) {
      problems.push(`code ${code}, expected one of ${request.expect.codes.join(', ')}`);
    }
  }
  // A malformed mutation must not have produced a result for any of its fields.
  if (!request.mayExecute && data && typeof data === 'object' && Object.values(data).some((v) => v !== null)) {
    problems.push(`a malformed mutation answered data: ${JSON.stringify(data).slice(0, 200)}`);
  }
  return problems;
}

/** Sends one abuse request to the API and reads the answer as text (never throws on HTTP status). */
export async function send(apiUrl: string, request: AbuseRequest): Promise<AbuseResponse> {
  const url = `${apiUrl}/graphql${request.search !== undefined ? `?${request.search}` : ''}`;
  const res = await fetch(url, {
    method: request.method,
    headers: request.headers,
    ...(request.method === 'POST' && request.body !== undefined ? { body: request.body } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, text: await res.text() };
}

/** A short description of a request for failure messages (bodies cut, tokens hidden). */
export function describeRequest(request: AbuseRequest): string {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([k, v]) => [
      k,
      k.toLowerCase() === 'authorization' ? `${v.slice(0, 16)}…(${v.length})` : v,
    ]),
  );
  const body =
    request.body === undefined
      ? ''
      : request.body.length > 600
        ? `${request.body.slice(0, 600)}…(${request.body.length} chars)`
        : request.body;
  return `${request.kind}: ${request.method}${request.search !== undefined ? ` ?${request.search.slice(0, 300)}` : ''} ${JSON.stringify(headers)} ${body}`;
}
