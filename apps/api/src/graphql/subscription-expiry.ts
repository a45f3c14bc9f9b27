import type { Language } from '../common/error-formatter';

/**
 * graphql-ws close code when the connection's token expires: 4403 Forbidden, as graphql-ws's own
 * token-expiry recipe does. Its client does not retry 4401 Unauthorized (a protocol error there:
 * subscribing before the acknowledgement), but retries 4403, so a client whose connectionParams
 * fetch a fresh token re-authenticates by reconnecting.
 */
export const TOKEN_EXPIRED_CLOSE_CODE = 4403;

// A close reason is at most 123 bytes.
const REASON: Record<'token' | 'session', Record<Language, string>> = {
  token: {
    nl: 'Het toegangstoken is verlopen. Log opnieuw in.',
    en: 'The access token has expired. Log in again.',
  },
  session: {
    nl: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.',
    en: 'Your session has expired or has been ended. Sign in again.',
  },
};

/** A signed-in session's connection looks again at least this often (a logout elsewhere ends it). */
export const SESSION_RECHECK_MS = 60_000;

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days); a longer wait is taken in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The part of a WebSocket this needs (`ws` as @fastify/websocket hands it to Mercurius). */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Ends one graphql-ws connection at its token's `exp`: the verifier's clock tolerance is for
 * accepting a token, not for serving it longer; or, for a connection signed in with a session
 * cookie, once that session has ended. Armed when the connection is accepted, so a connection
 * that never subscribes ends too. The timer is cleared when the socket closes.
 */
export class ConnectionExpiry {
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly socket: ClosableSocket,
    private readonly lang: Language,
    private readonly now: () => number = Date.now,
  ) {
    socket.once('close', () => {
      this.closed = true;
      clearTimeout(this.timer);
      this.timer = undefined;
    });
  }

  /** Closes the socket with {@link TOKEN_EXPIRED_CLOSE_CODE} at `expiresAt` (ms); the first call counts. */
  closeAt(expiresAt: number): void {
    if (this.timer !== undefined || this.closed) return;
    const wait = expiresAt - this.now();
    if (wait <= 0) {
      this.close('token');
      return;
    }
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.closeAt(expiresAt);
      },
      Math.min(wait, LONGEST_TIMER_MS),
    );
    this.timer.unref();
  }

  /**
   * Follows a server-side session: at `endsAt` (ms), and every {@link SESSION_RECHECK_MS} before it,
   * asks `check` for the session's end now (undefined: it has ended) and closes the socket with
   * 4403 once it has. A check that fails (the database away) is tried again `recheckMs` later: no
   * event can be read without the database either. The first call counts, like {@link closeAt}.
   */
  follow(endsAt: number, check: () => Promise<number | undefined>, recheckMs = SESSION_RECHECK_MS): void {
    if (this.timer !== undefined || this.closed) return;
    this.schedule(Math.max(0, Math.min(endsAt - this.now(), recheckMs)), check, recheckMs);
  }

  /** Closes the socket now with 4403 and the reason for `kind` (an expired token, an ended session). */
  close(kind: 'token' | 'session'): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.socket.close(TOKEN_EXPIRED_CLOSE_CODE, REASON[kind][this.lang]);
  }

  private schedule(wait: number, check: () => Promise<number | undefined>, recheckMs: number): void {
    this.timer = setTimeout(() => void this.recheck(check, recheckMs), Math.min(wait, LONGEST_TIMER_MS));
    this.timer.unref();
  }

  private async recheck(check: () => Promise<number | undefined>, recheckMs: number): Promise<void> {
    let endsAt: number | undefined;
    try {
      endsAt = await check();
    } catch {
      if (!this.closed) this.schedule(recheckMs, check, recheckMs);
      return;
    }
    this.timer = undefined;
    if (this.closed) return;
    if (endsAt === undefined || endsAt <= this.now()) this.close('session');
    else this.follow(endsAt, check, recheckMs);
  }

  /** True once `expiresAt` has passed: no event may be delivered any more. */
  static expired(expiresAt: number | undefined, now: number = Date.now()): boolean {
    return expiresAt !== undefined && now >= expiresAt;
  }
}

/** What onConnect can reach of the connection it is asked about (see {@link connectionOf}). */
export interface ConnectionAtInit {
  /** The WebSocket upgrade request (its Cookie and Origin headers). */
  request?: { headers: Record<string, string | string[] | undefined> };
  connectionExpiry?: ConnectionExpiry;
}

/**
 * The connection Mercurius asks `onConnect` about: Mercurius (16) calls `onConnect` as a method of
 * its SubscriptionConnection, whose `context` then already holds what the subscription context
 * function returned (the ConnectionExpiry with the socket) and the upgrade request. Undefined
 * if that ever changes: the expiry is then armed at the first subscription instead, as before.
 */
export function connectionOf(self: unknown): ConnectionAtInit | undefined {
  const context = (self as { context?: unknown } | undefined)?.context;
  if (typeof context !== 'object' || context === null) return undefined;
  const { request, connectionExpiry } = context as Record<string, unknown>;
  const headers = (request as { headers?: unknown } | undefined)?.headers;
  return {
    ...(typeof headers === 'object' && headers !== null
      ? { request: { headers: headers as Record<string, string | string[] | undefined> } }
      : {}),
    ...(connectionExpiry instanceof ConnectionExpiry ? { connectionExpiry } : {}),
  };
}
