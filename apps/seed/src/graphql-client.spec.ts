import { describe, expect, it } from 'vitest';
import { ApiUnreachableError, createGraphqlClient, GraphqlRequestError } from './graphql-client';
import { PING } from './operations';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('the seed’s GraphQL client', () => {
  it('sends the bearer token and answers data', async () => {
    const seen: RequestInit[] = [];
    const sut = createGraphqlClient('http://api/graphql', {
      fetch: async (_url, init) => {
        seen.push(init!);
        return answer(200, { data: { __typename: 'Query' } });
      },
    });
    expect(await sut.request(PING, {}, 'tok')).toEqual({ __typename: 'Query' });
    expect((seen[0]!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('turns a GraphQL error into its extensions.code and rule', async () => {
    const sut = createGraphqlClient('http://api/graphql', {
      fetch: async () =>
        answer(200, {
          data: null,
          errors: [
            { message: 'Vier thema’s', extensions: { code: 'RULE_VIOLATION', rule: 'R2.2', details: { max: 3 } } },
          ],
        }),
    });
    const error = await sut.request(PING, {}, 't').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2.2', details: { max: 3 } });
  });

  it('waits out the rate limit (HTTP 429, retryAfterSeconds) and then retries', async () => {
    let calls = 0;
    const waited: number[] = [];
    const sut = createGraphqlClient('http://api/graphql', {
      onRateLimited: (s) => waited.push(s),
      fetch: async () =>
        ++calls === 1
          ? answer(
              429,
              {
                errors: [
                  { message: 'Te veel', extensions: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 0.01 } } },
                ],
              },
              { 'retry-after': '1' },
            )
          : answer(200, { data: { ok: true } }),
    });
    expect(await sut.request(PING, {}, 't')).toEqual({ ok: true });
    expect([calls, waited]).toEqual([2, [0.01]]);
  });

  it('says so when nothing listens', async () => {
    const sut = createGraphqlClient('http://127.0.0.1:1/graphql', {
      fetch: async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        });
      },
    });
    await expect(sut.request(PING, {}, 't')).rejects.toEqual(
      new ApiUnreachableError('http://127.0.0.1:1/graphql', 'ECONNREFUSED'),
    );
  });
});
