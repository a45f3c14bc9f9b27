import type { Language } from '../common/error-formatter';

/**
 * graphql-ws close code when the connection's token expires: 4403 Forbidden, as graphql-ws's own
 * token-expiry recipe does. Its client does not retry 4401 Unauthorized (a protocol error there:
 * subscribing before the acknowledgement), but retries 4403, so a client whose connectionParams
 * fetch a fresh token re-authenticates by reconnecting.
 */
export const TOKEN_EXPIRED_CLOSE_CODE = 4403;

// A close reason is at most 123 bytes.
const REASON: Record<Language, string> = {
  nl: 'Het toegangstoken is verlopen. Log opnieuw in.',
  en: 'The access token has expired. Log in again.',
};

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days); a longer wait is taken in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The part of a WebSocket this needs (`ws` as @fastify/websocket hands it to Mercurius). */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Ends one graphql-ws connection at its token's `exp`: the verifier's clock tolerance is for
 * accepting a token, not for serving it longer. The timer is cleared when the socket closes.
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
      this.closed = true;
      this.socket.close(TOKEN_EXPIRED_CLOSE_CODE, REASON[this.lang]);
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

  /** True once `expiresAt` has passed: no event may be delivered any more. */
  static expired(expiresAt: number | undefined, now: number = Date.now()): boolean {
    return expiresAt !== undefined && now >= expiresAt;
  }
}
