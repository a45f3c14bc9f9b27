import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Escalation } from '../../domain/src';
import { createEscalationActivities, type DeliverEscalationInput } from './escalation.activities';

interface Received {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  rawBody: string;
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
          rawBody: text,
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

  describe('issue 14: signed deliveries, targets that cannot be aimed inward, level 3 to the national channel', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const production = { mode: 'production', allowedHosts: [] } as const;
    let port: string;
    beforeEach(() => {
      port = new URL(base).port;
    });

    it('signs each delivery the Standard Webhooks way: a receiver verifies it and refuses a tampered body', async () => {
      const sut = createEscalationActivities({ globalWebhookUrl: `${base}/global`, signingSecret: secret });

      await sut.deliverEscalation(input());

      const [request] = received;
      const headers = {
        'webhook-id': String(request?.headers['webhook-id']),
        'webhook-timestamp': String(request?.headers['webhook-timestamp']),
        'webhook-signature': String(request?.headers['webhook-signature']),
      };
      expect(headers['webhook-id']).toBe('programme-GM0363-1/escalation-1');
      expect(headers['webhook-id']).toBe(request?.headers['idempotency-key']);
      expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(new Webhook(secret).verify(request!.rawBody, headers)).toEqual(request?.body);
      expect(() => new Webhook(secret).verify(request!.rawBody.replace('GM0363', 'GM0599'), headers)).toThrow();
    });

    it.each([
      ['a loopback literal', () => `https://127.0.0.1:${port}/hook`],
      ['an IPv6 loopback literal', () => `https://[::1]:${port}/hook`],
      ['a name that resolves to loopback', () => `https://localhost:${port}/hook`],
      ['a private literal', () => 'https://10.0.0.1/hook'],
      ['the cloud metadata address', () => 'https://169.254.169.254/latest/meta-data'],
      ['plain http', () => `http://127.0.0.1:${port}/hook`],
    ])('in production refuses %s for good, and nothing is sent', async (_what, url) => {
      const sut = createEscalationActivities({ policy: production, signingSecret: secret });

      const failure = await failureOf(sut.deliverEscalation(input({ webhookUrl: url() })));

      expect(failure.type).toBe('WebhookTargetRefused');
      expect(failure.nonRetryable).toBe(true);
      expect(received).toHaveLength(0);
    });

    it.each([
      ['a private literal', 'http://192.168.1.10/hook'],
      ['a link-local literal', 'http://169.254.169.254/hook'],
      ['credentials in the address', () => `http://user:pw@127.0.0.1:${port}/hook`],
    ])('in development refuses %s too', async (_what, url) => {
      const sut = createEscalationActivities({});

      const failure = await failureOf(
        sut.deliverEscalation(input({ webhookUrl: typeof url === 'string' ? url : url() })),
      );

      expect(failure.type).toBe('WebhookTargetRefused');
      expect(received).toHaveLength(0);
    });

    it('in production lets an allow-listed loopback through the check (it then needs TLS, which this receiver lacks)', async () => {
      const sut = createEscalationActivities({ policy: { mode: 'production', allowedHosts: ['127.0.0.1'] } });

      const failure = await failureOf(sut.deliverEscalation(input({ webhookUrl: `https://127.0.0.1:${port}/hook` })));

      expect(failure.type).toBe('WebhookUnavailable');
      expect(received).toHaveLength(0);
    });

    it('connects to the address it checked, keeping the host name (no second DNS answer can rebind it)', async () => {
      const asked: string[] = [];
      const sut = createEscalationActivities({
        resolveHost: (hostname) => {
          asked.push(hostname);
          return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
        },
      });

      await sut.deliverEscalation(input({ webhookUrl: `http://hooks.olievlek.test:${port}/pinned` }));

      expect(asked).toEqual(['hooks.olievlek.test']);
      expect(received.map((r) => [r.url, r.headers.host])).toEqual([['/pinned', `hooks.olievlek.test:${port}`]]);
    });

    it('refuses a name whose answer includes an internal address, before connecting', async () => {
      const sut = createEscalationActivities({
        policy: production,
        resolveHost: () =>
          Promise.resolve([
            { address: '93.184.215.14', family: 4 },
            { address: '10.1.2.3', family: 4 },
          ]),
      });

      const failure = await failureOf(sut.deliverEscalation(input({ webhookUrl: 'https://hooks.olievlek.test/x' })));

      expect(failure.type).toBe('WebhookTargetRefused');
      expect(failure.message).toContain('10.1.2.3');
    });

    it('sends a level-3 escalation to the national channel even when the programme has its own webhook', async () => {
      const national = escalation({
        id: 'programme-GM0363-1/escalation-3',
        level: 3,
        levelName: 'NATIONAL',
        recipient: 'KWARTIERMAKER',
      });
      const sut = createEscalationActivities({
        globalWebhookUrl: `${base}/global`,
        nationalWebhookUrl: `${base}/national`,
      });

      const result = await sut.deliverEscalation(input({ escalation: national, webhookUrl: `${base}/programme` }));
      await sut.deliverEscalation(input({ webhookUrl: `${base}/programme` }));

      expect(result.target).toBe(`${base}/national`);
      expect(received.map((r) => r.url)).toEqual(['/national', '/programme']);
    });

    it("falls back to the global webhook for level 3, and waits for a channel rather than use the programme's", async () => {
      const national = escalation({ level: 3, levelName: 'NATIONAL', recipient: 'KWARTIERMAKER' });

      await createEscalationActivities({ globalWebhookUrl: `${base}/global` }).deliverEscalation(
        input({ escalation: national, webhookUrl: `${base}/programme` }),
      );
      const failure = await failureOf(
        createEscalationActivities({}).deliverEscalation(
          input({ escalation: national, webhookUrl: `${base}/programme` }),
        ),
      );

      expect(received.map((r) => r.url)).toEqual(['/global']);
      expect(failure.type).toBe('NoWebhookConfigured');
    });
  });
});
