import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config';

describe('worker configuration: escalation webhook', () => {
  it('has no global webhook when ESCALATION_WEBHOOK_URL is unset or empty', () => {
    expect(loadWorkerConfig({}).escalationWebhookUrl).toBeUndefined();
    expect(loadWorkerConfig({ ESCALATION_WEBHOOK_URL: '' }).escalationWebhookUrl).toBeUndefined();
  });

  it('takes an http(s) webhook and a timeout in milliseconds', () => {
    const sut = loadWorkerConfig({ ESCALATION_WEBHOOK_URL: 'https://hooks.example.org/olievlek', ESCALATION_WEBHOOK_TIMEOUT_MS: '2500' });
    expect(sut).toMatchObject({ escalationWebhookUrl: 'https://hooks.example.org/olievlek', escalationWebhookTimeoutMs: 2500 });
  });

  it.each(['ftp://hooks.example.org/olievlek', 'hooks.example.org', 'not a url'])('refuses %s as webhook at boot', (url) => {
    expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_URL: url })).toThrow(/ESCALATION_WEBHOOK_URL/);
  });

  it('refuses a timeout that is not a whole number of milliseconds', () => {
    expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/ESCALATION_WEBHOOK_TIMEOUT_MS/);
    expect(() => loadWorkerConfig({ ESCALATION_WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/ESCALATION_WEBHOOK_TIMEOUT_MS/);
  });
});
