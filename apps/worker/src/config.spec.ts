import { describe, expect, it } from 'vitest';
import { loadTemporalConnectionConfig } from '../../../libs/platform/src';
import { loadWorkerConfig } from './config';

describe('worker configuration: escalation webhook', () => {
  it('has no global webhook when ESCALATION_WEBHOOK_URL is unset or empty', () => {
    expect(loadWorkerConfig({}).escalationWebhookUrl).toBeUndefined();
    expect(loadWorkerConfig({ ESCALATION_WEBHOOK_URL: '' }).escalationWebhookUrl).toBeUndefined();
  });

  it('takes an http(s) webhook and a timeout in milliseconds', () => {
    const sut = loadWorkerConfig({
      ESCALATION_WEBHOOK_URL: 'https://hooks.example.org/olievlek',
      ESCALATION_WEBHOOK_TIMEOUT_MS: '2500',
    });
    expect(sut).toMatchObject({
      escalationWebhookUrl: 'https://hooks.example.org/olievlek',
      escalationWebhookTimeoutMs: 2500,
    });
  });

  it.each(['ftp://hooks.example.org/olievlek', 'hooks.example.org', 'not a url'])(
    'refuses %s as webhook at boot',
    (url) => {
      expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_URL: url })).toThrow(/ESCALATION_WEBHOOK_URL/);
    },
  );

  it('refuses a timeout that is not a whole number of milliseconds', () => {
    expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/ESCALATION_WEBHOOK_TIMEOUT_MS/);
    expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/ESCALATION_WEBHOOK_TIMEOUT_MS/);
  });
});

describe('worker configuration: webhook safety (issue 14)', () => {
  const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

  it('is development unless NODE_ENV is production, with the secret from the data folder', () => {
    const sut = loadWorkerConfig({ OLIEVLEK_DATA_DIR: '/tmp/olievlek-x' });
    expect(sut).toMatchObject({
      webhookMode: 'development',
      webhookAllowedHosts: [],
      webhookSigning: { secretIn: '/tmp/olievlek-x' },
    });
  });

  it('needs WEBHOOK_SIGNING_SECRET and https webhooks in production', () => {
    expect(() => loadWorkerConfig({ NODE_ENV: 'production' })).toThrow(
      /WEBHOOK_SIGNING_SECRET: required in production/,
    );
    expect(() =>
      loadWorkerConfig({
        NODE_ENV: 'production',
        WEBHOOK_SIGNING_SECRET: secret,
        NATIONAL_ESCALATION_WEBHOOK_URL: 'http://hooks.example.org/national',
      }),
    ).toThrow(/NATIONAL_ESCALATION_WEBHOOK_URL: must use https/);
    expect(
      loadWorkerConfig({
        NODE_ENV: 'production',
        WEBHOOK_SIGNING_SECRET: secret,
        WEBHOOK_ALLOWED_HOSTS: 'a.internal, 10.0.0.0/8',
      }),
    ).toMatchObject({
      webhookMode: 'production',
      webhookSigning: { secret },
      webhookAllowedHosts: ['a.internal', '10.0.0.0/8'],
    });
  });

  it.each(['geheim', 'whsec_kort', `whsec_${Buffer.alloc(80).toString('base64')}`])(
    'refuses %s as signing secret at boot',
    (value) => {
      expect(() => loadWorkerConfig({ WEBHOOK_SIGNING_SECRET: value })).toThrow(/WEBHOOK_SIGNING_SECRET/);
    },
  );

  it('refuses an allow-list entry that is no host, address or CIDR range', () => {
    expect(() => loadWorkerConfig({ WEBHOOK_ALLOWED_HOSTS: 'ok.internal,http://x/' })).toThrow(
      /WEBHOOK_ALLOWED_HOSTS.*http:\/\/x\//,
    );
  });

  it('sends level 3 to NATIONAL_ESCALATION_WEBHOOK_URL, else to ESCALATION_WEBHOOK_URL', () => {
    const global = 'https://hooks.example.org/all';
    expect(loadWorkerConfig({ ESCALATION_WEBHOOK_URL: global }).nationalEscalationWebhookUrl).toBe(global);
    expect(
      loadWorkerConfig({
        ESCALATION_WEBHOOK_URL: global,
        NATIONAL_ESCALATION_WEBHOOK_URL: 'https://rijk.example.org/x',
      }).nationalEscalationWebhookUrl,
    ).toBe('https://rijk.example.org/x');
  });
});

describe('worker configuration: Temporal connection', () => {
  // The API reads the same variables through the same loader (apps/api/src/config.ts).
  it('reads the cluster, namespace and credentials with the shared loader, as the API does', () => {
    const env = {
      TEMPORAL_ADDRESS: 'olievlek.a1b2c.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'olievlek.a1b2c',
      TEMPORAL_TLS_CLIENT_CERT_PATH: '/etc/olievlek/temporal-tls/tls.crt',
      TEMPORAL_TLS_CLIENT_KEY_PATH: '/etc/olievlek/temporal-tls/tls.key',
    };
    const sut = loadWorkerConfig(env);
    expect(sut.temporal).toEqual({
      address: 'olievlek.a1b2c.tmprl.cloud:7233',
      namespace: 'olievlek.a1b2c',
      tls: {
        clientCert: { path: '/etc/olievlek/temporal-tls/tls.crt' },
        clientKey: { path: '/etc/olievlek/temporal-tls/tls.key' },
      },
    });
    expect(loadTemporalConnectionConfig(env)).toEqual(sut.temporal);
  });

  it('stops the boot on a client certificate without its key', () => {
    expect(() => loadWorkerConfig({ TEMPORAL_TLS_CLIENT_CERT_PATH: '/etc/olievlek/temporal-tls/tls.crt' })).toThrow(
      /TEMPORAL_TLS_CLIENT_KEY_PATH/,
    );
  });

  it('takes an API key, which turns TLS on', () => {
    expect(loadWorkerConfig({ TEMPORAL_API_KEY: 'key' }).temporal).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'default',
      tls: {},
      apiKey: 'key',
    });
  });
});

describe('worker configuration: shutdown and metrics', () => {
  it('drains for 20 s by default and serves no metrics unless a port is set', () => {
    const sut = loadWorkerConfig({});
    expect(sut.shutdownGraceMs).toBe(20_000);
    expect(sut.metrics).toBeUndefined();
    expect(sut.temporalMetricsBindAddress).toBeUndefined();
  });

  it('takes a grace time, a metrics port and host, and an SDK exporter address', () => {
    const sut = loadWorkerConfig({
      WORKER_SHUTDOWN_GRACE_MS: '5000',
      WORKER_METRICS_PORT: '9464',
      WORKER_METRICS_HOST: '0.0.0.0',
      TEMPORAL_METRICS_BIND_ADDRESS: '0.0.0.0:9465',
    });
    expect(sut).toMatchObject({
      shutdownGraceMs: 5000,
      metrics: { host: '0.0.0.0', port: 9464 },
      temporalMetricsBindAddress: '0.0.0.0:9465',
    });
  });

  it('refuses a grace time beyond what the pod is given, and a bad port or address', () => {
    expect(() => loadWorkerConfig({ WORKER_SHUTDOWN_GRACE_MS: '60000' })).toThrow(/WORKER_SHUTDOWN_GRACE_MS/);
    expect(() => loadWorkerConfig({ WORKER_SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/WORKER_SHUTDOWN_GRACE_MS/);
    expect(() => loadWorkerConfig({ WORKER_METRICS_PORT: '70000' })).toThrow(/WORKER_METRICS_PORT/);
    expect(() => loadWorkerConfig({ TEMPORAL_METRICS_BIND_ADDRESS: '9465' })).toThrow(/TEMPORAL_METRICS_BIND_ADDRESS/);
  });
});

describe('worker configuration: escalation e-mail (P3)', () => {
  it('has no national address by default, links to the local API and takes the Message-ID domain from MAIL_*', () => {
    expect(loadWorkerConfig({}).escalationMail).toEqual({
      publicUrl: 'http://127.0.0.1:3000',
      messageIdDomain: 'olievlek.local',
    });
    expect(
      loadWorkerConfig({
        NATIONAL_ESCALATION_EMAIL: 'Kwartiermakers@Rijk.example.nl',
        PUBLIC_URL: 'https://olievlek.example.nl/',
        MAIL_FROM: 'Olievlek <noreply@olievlek.example.nl>',
      }).escalationMail,
    ).toEqual({
      nationalAddress: 'kwartiermakers@rijk.example.nl',
      publicUrl: 'https://olievlek.example.nl',
      messageIdDomain: 'olievlek.example.nl',
    });
  });

  it.each(['kwartiermakers', 'a@b.nl, c@d.nl', 'a@b.nl\r\nBcc: c@d.nl'])(
    'refuses %j as national address at boot',
    (value) => {
      expect(() => loadWorkerConfig({ NATIONAL_ESCALATION_EMAIL: value })).toThrow(/NATIONAL_ESCALATION_EMAIL/);
    },
  );

  it('refuses a PUBLIC_URL that is no http(s) URL', () => {
    expect(() => loadWorkerConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadWorkerConfig({ PUBLIC_URL: 'olievlek.example.nl' })).toThrow(/PUBLIC_URL/);
  });
});

describe('worker configuration: reminders before deadlines (issue 16)', () => {
  it('scans every 5 minutes by default, or every REMINDER_SCAN_MS', () => {
    expect(loadWorkerConfig({}).reminderScanMs).toBe(300_000);
    expect(loadWorkerConfig({ REMINDER_SCAN_MS: '60000' }).reminderScanMs).toBe(60_000);
  });

  it('refuses an interval under a second or over an hour', () => {
    expect(() => loadWorkerConfig({ REMINDER_SCAN_MS: '10' })).toThrow(/REMINDER_SCAN_MS/);
    expect(() => loadWorkerConfig({ REMINDER_SCAN_MS: '7200000' })).toThrow(/REMINDER_SCAN_MS/);
  });
});
