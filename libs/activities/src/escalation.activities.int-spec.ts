import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Escalation } from '../../domain/src';
import { createEscalationActivities, type DeliverEscalationInput } from './escalation.activities';

interface Received {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

const escalation = (over: Partial<Escalation> = {}): Escalation => ({
  id: 'programme-GM0363-1/escalation-1',
  level: 1,
  levelName: 'REMINDER',
  recipient: 'PROJECT_LEAD',
  kind: 'STALL',
  step: 'COMMITMENT',
  message: 'De fase Commitment staat al 6 weken stil.',
  dueAt: '2027-02-15T08:00:00.000Z',
  raisedAt: '2027-02-15T08:00:00.000Z',
  status: 'OPEN',
  acknowledgements: [],
  delivery: { status: 'PENDING', attempts: 0 },
  ...over,
});

const input = (over: Partial<DeliverEscalationInput> = {}): DeliverEscalationInput => ({
  escalation: escalation(),
  programme: {
    programmeId: 'programme-GM0363-1',
    municipalityCode: 'GM0363',
    province: 'Noord-Holland',
    phase: 'COMMITMENT',
    status: 'ACTIVE',
  },
  ...over,
});

/** What the activity threw, as an ApplicationFailure. */
async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApplicationFailure);
  return error as ApplicationFailure;
}

describe('deliverEscalation (escalation outbox webhook)', () => {
  let server: Server;
  let base: string;
  let received: Received[];
  // How the receiver answers the next request; by default 204.
  let answer: (res: ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        received.push({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: text ? JSON.parse(text) : undefined,
        });
        answer(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received = [];
    answer = (res) => res.writeHead(204).end();
  });

  it('POSTs the escalation and programme with the escalation id as idempotency key', async () => {
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global` });

    const result = await sut.deliverEscalation(input({ webhookUrl: `${base}/programme/hook?token=geheim` }));

    expect(result).toEqual({ target: `${base}/programme/hook`, httpStatus: 204 });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({ method: 'POST', url: '/programme/hook?token=geheim' });
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': 'programme-GM0363-1/escalation-1',
      'user-agent': 'olievlek-escalations/1',
    });
    expect(request?.body).toEqual({ escalation: input().escalation, programme: input().programme });
  });

  it('falls back to the global webhook when the programme has none', async () => {
    answer = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global` });

    const result = await sut.deliverEscalation(input());

    expect(result).toEqual({ target: `${base}/global`, httpStatus: 200 });
    expect(received.map((r) => r.url)).toEqual(['/global']);
  });

  it.each([503, 500, 429, 408])('fails retryably with WebhookUnavailable on HTTP %i', async (status) => {
    answer = (res) => res.writeHead(status).end('even geduld');
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global` });

    const failure = await failureOf(sut.deliverEscalation(input()));

    expect(failure.type).toBe('WebhookUnavailable');
    expect(failure.nonRetryable).toBe(false);
    expect(failure.details).toEqual([{ httpStatus: status }]);
  });

  it.each([400, 404, 410])('fails for good with WebhookRejected on HTTP %i', async (status) => {
    answer = (res) => res.writeHead(status).end();
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global` });

    const failure = await failureOf(sut.deliverEscalation(input()));

    expect(failure.type).toBe('WebhookRejected');
    expect(failure.nonRetryable).toBe(true);
  });

  it('does not follow a redirect: it is rejected and the other address never hears of it', async () => {
    answer = (res) => res.writeHead(307, { location: `${base}/elsewhere` }).end();
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global` });

    const failure = await failureOf(sut.deliverEscalation(input()));

    expect(failure.type).toBe('WebhookRejected');
    expect(failure.nonRetryable).toBe(true);
    expect(received.map((r) => r.url)).toEqual(['/global']);
  });

  it('fails for good with NoWebhookConfigured when there is no webhook at all', async () => {
    const sut = createEscalationActivities({});

    const failure = await failureOf(sut.deliverEscalation(input()));

    expect(failure.type).toBe('NoWebhookConfigured');
    expect(failure.nonRetryable).toBe(true);
    expect(received).toHaveLength(0);
  });

  it('fails retryably with WebhookUnavailable when the receiver does not answer in time', async () => {
    answer = () => undefined; // never answers
    const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global`, timeoutMs: 200 });

    const failure = await failureOf(sut.deliverEscalation(input()));

    expect(failure.type).toBe('WebhookUnavailable');
    expect(failure.nonRetryable).toBe(false);
  });

  it('fails retryably with WebhookUnavailable when nothing listens, without revealing path or query', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const sut = createEscalationActivities({});

    const failure = await failureOf(
      sut.deliverEscalation(input({ webhookUrl: `http://127.0.0.1:${port}/hook?token=geheim` })),
    );

    expect(failure.type).toBe('WebhookUnavailable');
    expect(failure.nonRetryable).toBe(false);
    expect(failure.message).not.toContain('geheim');
    expect(failure.message).not.toContain('/hook');
  });
});
