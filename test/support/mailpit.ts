import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './free-port';
import { ProcessGroup } from './process-group';

const ROOT = join(__dirname, '..', '..');

export interface MailpitAddress {
  Name: string;
  Address: string;
}

/** One row of Mailpit's message list (`GET /api/v1/messages`, `/api/v1/search`). */
export interface MailpitSummary {
  ID: string;
  /** The Message-ID header without its angle brackets. */
  MessageID: string;
  From: MailpitAddress;
  To: MailpitAddress[];
  Subject: string;
  Created: string;
  Snippet: string;
}

/** One message in full (`GET /api/v1/message/{ID}`) plus its headers (`…/headers`). */
export interface MailpitMessage extends MailpitSummary {
  Text: string;
  HTML: string;
  Date: string;
  /** Header name as sent → values. */
  Headers: Record<string, string[]>;
}

export interface Mailpit {
  /** `smtp://127.0.0.1:<port>`, for MAIL_SMTP_URL. */
  smtpUrl: string;
  /** The web UI and REST API, `http://127.0.0.1:<port>`. */
  webUrl: string;
  smtpPort: number;
  webPort: number;
  /** Every message held, newest first. */
  messages(): Promise<MailpitSummary[]>;
  /** Messages matching a Mailpit search query (e.g. `to:a@example.org`, `message-id:<id>`). */
  search(query: string): Promise<MailpitSummary[]>;
  message(id: string): Promise<MailpitMessage>;
  /** Polls until a held message matches, then answers it in full. */
  waitForMessage(predicate: (m: MailpitSummary) => boolean, timeoutMs?: number): Promise<MailpitMessage>;
  /** Deletes every held message. */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export interface MailpitOptions {
  /** Fixed ports, to bring a stopped Mailpit back where its clients expect it. */
  smtpPort?: number;
  webPort?: number;
  startTimeoutMs?: number;
  /** More Mailpit flags, e.g. `--smtp-allowed-recipients`. */
  args?: string[];
}

/** The binary from infra/ensure-mailpit.sh (OLIEVLEK_MAILPIT_BIN when set). */
function mailpitBin(): string {
  if (!process.env.OLIEVLEK_MAILPIT_BIN) {
    process.env.OLIEVLEK_MAILPIT_BIN = execFileSync('bash', [join(ROOT, 'infra', 'ensure-mailpit.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
  return process.env.OLIEVLEK_MAILPIT_BIN;
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Mailpit on loopback ports with its own throwaway database; nothing leaves the machine. */
export async function startMailpit(o: MailpitOptions = {}): Promise<Mailpit> {
  const bin = mailpitBin();
  const [smtpPort, webPort] =
    o.smtpPort !== undefined && o.webPort !== undefined ? [o.smtpPort, o.webPort] : await freePorts(2);
  const dir = mkdtempSync(join(tmpdir(), 'olievlek-mailpit-'));
  const group = ProcessGroup.spawn(
    bin,
    [
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${webPort}`,
      '--database',
      join(dir, 'mailpit.db'),
      // No calls out: no release check on GitHub, no reverse DNS of the (loopback) client.
      '--disable-version-check',
      '--smtp-disable-rdns',
      '--quiet',
      ...(o.args ?? []),
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  group.child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  group.child.stderr!.on('data', (d: Buffer) => (output += d.toString()));

  const webUrl = `http://127.0.0.1:${webPort}`;
  const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await fetch(`${webUrl}${path}`, init);
    if (!res.ok) throw new Error(`Mailpit ${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (res.headers.get('content-type') ?? '').includes('json') ? ((await res.json()) as T) : (undefined as T);
  };
  const stop = async () => {
    await group.stop(5_000);
    rmSync(dir, { recursive: true, force: true });
  };

  const started = Date.now();
  const timeoutMs = o.startTimeoutMs ?? 30_000;
  for (;;) {
    const webReady = await fetch(`${webUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (webReady && (await tcpOpen(smtpPort))) break;
    if (!group.running || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`Mailpit did not start (${JSON.stringify(group.exitStatus ?? 'timeout')}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const list = async (path: string) => (await api<{ messages: MailpitSummary[] }>(path)).messages;
  const message = async (id: string): Promise<MailpitMessage> => {
    const full = await api<Omit<MailpitMessage, 'Headers'>>(`/api/v1/message/${encodeURIComponent(id)}`);
    const headers = await api<Record<string, string[]>>(`/api/v1/message/${encodeURIComponent(id)}/headers`);
    return { ...full, Headers: headers };
  };

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    smtpPort,
    webPort,
    messages: () => list('/api/v1/messages?limit=1000'),
    search: (query) => list(`/api/v1/search?limit=1000&query=${encodeURIComponent(query)}`),
    message,
    async waitForMessage(predicate, waitMs = 10_000) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const found = (await list('/api/v1/messages?limit=1000')).find(predicate);
        if (found) return message(found.ID);
        if (Date.now() > deadline) throw new Error(`no matching message in Mailpit within ${waitMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async clear() {
      await api('/api/v1/messages', { method: 'DELETE' });
    },
    stop,
  };
}
