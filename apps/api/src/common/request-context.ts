import type { FastifyReply } from 'fastify';
import type DataLoader from 'dataloader';
import type { MunicipalityEntity } from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { preferredLanguage, type Language } from './error-formatter';

/**
 * What every resolver gets: who is asking (verified once, on first use), their language, and
 * per-request batch loaders (one SQL query per field over a whole page, not one per row).
 */
export interface GqlContext {
  reply?: FastifyReply;
  lang: Language;
  authenticate(): Promise<Principal>;
  /** The request's `Idempotency-Key` header, if it sent one (checked where it is used). */
  idempotencyKey?: string;
  /** Filled on first use by the services that own them. */
  loaders: {
    municipality?: DataLoader<string, MunicipalityEntity | null>;
    memberName?: DataLoader<string, string | undefined>;
    legacyName?: DataLoader<string, string>;
  };
}

const VERIFIED = Symbol('request.verified');
type Verified = { [VERIFIED]?: { header: string; principal: Promise<Principal> } };

/**
 * The principal of the request's bearer header, verified once per request: the rate limiter
 * (which counts by the token's holder) and the resolvers share it (issue 18.1). The promise
 * rejects as `verify` does; whoever awaits it first handles that.
 */
export function verifyOnce(
  request: object,
  header: string,
  verify: (authorization: string) => Promise<Principal>,
): Promise<Principal> {
  const held = (request as Verified)[VERIFIED];
  if (held?.header === header) return held.principal;
  const principal = verify(header);
  (request as Verified)[VERIFIED] = { header, principal };
  return principal;
}

/**
 * `fromSession`, when browser sign-in is on, answers the principal of the request's session cookie
 * (undefined without one). It is asked only when there is no `Authorization` header: a bearer
 * token always wins over a cookie.
 */
export function createRequestContext(
  headers: Record<string, string | string[] | undefined>,
  verify: (authorization: string | undefined) => Promise<Principal>,
  reply?: FastifyReply,
  fromSession?: () => Promise<Principal | undefined>,
): GqlContext {
  let principal: Promise<Principal> | undefined;
  const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
  const idempotencyKey = headers['idempotency-key'];
  const signIn = async (): Promise<Principal> => {
    if (fromSession && (authorization === undefined || authorization.trim() === '')) {
      const signedIn = await fromSession();
      if (signedIn) return signedIn;
    }
    return verify(authorization);
  };
  let lang: Language | undefined;
  return {
    reply,
    // Worked out when first asked (issue 18.1): most answers carry no sentence.
    get lang() {
      return (lang ??= preferredLanguage(headers));
    },
    authenticate: () => (principal ??= signIn()),
    ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
    loaders: {},
  };
}
