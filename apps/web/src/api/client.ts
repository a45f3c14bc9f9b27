import type { TypedDocumentString } from '../gql/graphql';

/** What the API says about one refused request: a sentence in the page's language and a stable code. */
export interface ApiProblem {
  message: string;
  /** `extensions.code`: VALIDATION_FAILED, RULE_VIOLATION, FORBIDDEN, UNAUTHENTICATED, NOT_FOUND, … or NETWORK. */
  code: string;
  /** The rule a RULE_VIOLATION cites (R1.1 …, LIFECYCLE). */
  rule?: string;
  /** `extensions.details`: the field concerned (`field`), a refusal's `reason`, … */
  details: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly problems: ApiProblem[];

  constructor(problems: ApiProblem[]) {
    super(problems[0]?.message ?? 'unknown error');
    this.problems = problems;
  }

  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }

  /** The session has ended (or never began): the page sends the person to sign in again. */
  get signedOut(): boolean {
    return this.code === 'UNAUTHENTICATED';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; rule?: string; details?: Record<string, unknown> } }>;
}

const UNREACHABLE: Record<string, string> = {
  nl: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  en: 'The server cannot be reached. Check the connection and try again.',
};

const UNEXPECTED: Record<string, (status: number) => string> = {
  nl: (status) => `De server gaf een onverwacht antwoord (HTTP ${status}). Probeer het opnieuw.`,
  en: (status) => `The server gave an unexpected answer (HTTP ${status}). Try again.`,
};

let signingOut = false;

/**
 * From now on no request leaves the page: it is signing out, and a request the page still makes
 * (a live update's refetch) would only meet an ended session.
 */
export function stopRequests(): void {
  signingOut = true;
}

/**
 * Sends a generated document (../gql) to the API on the page's own origin. The browser's session
 * cookie signs the request in (the API accepts it on a same-origin POST only); the answer's
 * sentences come in `language`. Result and variables are typed by the committed schema.
 */
export async function request<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  language: string,
  signal?: AbortSignal,
): Promise<T> {
  if (signingOut) return new Promise<T>(() => undefined);
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError([{ message: UNREACHABLE[language] ?? UNREACHABLE.nl!, code: 'NETWORK', details: {} }]);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError([
      { message: (UNEXPECTED[language] ?? UNEXPECTED.nl!)(res.status), code: 'INTERNAL_SERVER_ERROR', details: {} },
    ]);
  }
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((e) => ({
        message: e.message,
        code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
        ...(e.extensions?.rule ? { rule: e.extensions.rule } : {}),
        details: e.extensions?.details ?? {},
      })),
    );
  }
  if (!body.data) {
    throw new ApiError([
      { message: (UNEXPECTED[language] ?? UNEXPECTED.nl!)(res.status), code: 'INTERNAL_SERVER_ERROR', details: {} },
    ]);
  }
  return body.data;
}
