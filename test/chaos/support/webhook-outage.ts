import { freePort } from '../../support/free-port';
import { WebhookReceiver, type ReceivedWebhook } from '../../support/webhook-receiver';

/**
 * A webhook receiver on a fixed loopback port that can be taken down (its socket closed: the
 * worker sees ECONNREFUSED) and brought back on the same port; it remembers what every
 * incarnation received.
 */
export class WebhookWithOutages {
  readonly outages: { from: number; to?: number }[] = [];
  private readonly past: ReceivedWebhook[] = [];
  private current?: WebhookReceiver;

  private constructor(readonly port: number) {}

  static async start(): Promise<WebhookWithOutages> {
    const hook = new WebhookWithOutages(await freePort());
    await hook.up();
    return hook;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/webhook`;
  }

  get isUp(): boolean {
    return this.current !== undefined;
  }

  async down(): Promise<void> {
    if (!this.current) return;
    const receiver = this.current;
    this.current = undefined;
    this.past.push(...receiver.received);
    await receiver.close();
    this.outages.push({ from: Date.now() });
  }

  async up(): Promise<void> {
    if (this.current) return;
    this.current = await WebhookReceiver.start(this.port);
    const open = this.outages.at(-1);
    if (open && open.to === undefined) open.to = Date.now();
  }

  /** Every request every incarnation received, in order. */
  received(): ReceivedWebhook[] {
    return [...this.past, ...(this.current?.received ?? [])];
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = undefined;
  }
}

/**
 * What the webhook saw, against the escalations the workflows raised: every escalation delivered
 * (at least one 2xx under its id as idempotency key), every request carrying the id of the
 * escalation in its body as its key, and no request for an escalation no workflow raised.
 * Repeats under the same key are allowed (delivery is at least once) and counted.
 */
export function deliveryProblems(
  received: readonly ReceivedWebhook[],
  escalationIds: readonly string[],
): { problems: string[]; repeats: number } {
  const problems: string[] = [];
  const raised = new Set(escalationIds);
  const delivered = new Map<string, number>();
  for (const r of received) {
    const bodyId = (r.body as { escalation?: { id?: string } } | null)?.escalation?.id;
    if (!r.idempotencyKey) problems.push(`a request without an idempotency key (body escalation ${bodyId})`);
    else if (bodyId !== r.idempotencyKey) problems.push(`key ${r.idempotencyKey} carried escalation ${bodyId}`);
    if (r.idempotencyKey && !raised.has(r.idempotencyKey))
      problems.push(`a delivery of ${r.idempotencyKey}, which no workflow raised`);
    if (r.status < 300 && r.idempotencyKey) delivered.set(r.idempotencyKey, (delivered.get(r.idempotencyKey) ?? 0) + 1);
  }
  for (const id of raised) if (!delivered.has(id)) problems.push(`${id} was never delivered`);
  const repeats = [...delivered.values()].reduce((sum, n) => sum + n - 1, 0);
  return { problems, repeats };
}
