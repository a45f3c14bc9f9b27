import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import {
  buildImage,
  launchProductContainers,
  podmanSync,
  ProductContainer,
  removeStaleContainers,
  type ImageBuild,
} from '../support/container';
import { DevServer } from '../support/dev-server';
import { graphql } from '../support/launcher';
import { createDatabase } from '../support/postgres';
import { repoRoot } from '../support/repo-root';
import { mintToken } from '../support/tokens';

// Issue 18: the product's image is built and run for real. infra/container/build-image.sh makes
// the Debian bookworm base with mmdebstrap and the pinned Node (once), then builds
// infra/docker/Dockerfile with podman; the API and the worker run as containers of that image on
// the host's network against a Temporal dev server and PostgreSQL. A programme started through the
// API container must be advanced by the worker container and show in the read model.

const SECRET = 'container-chaos-secret-of-at-least-32-bytes';
const CODE = 'GM0363';
const ID = `programme-${CODE}-1`;

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-container-'));
let build: ImageBuild;
let dev: DevServer;
let databaseUrl: string;
let readModelDb: DataSource;
let api: ProductContainer | undefined;
let worker: ProductContainer | undefined;
let failed = false;
const t0 = Date.now();
const marks: string[] = [];
const mark = (what: string) => marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

beforeAll(async () => {
  await removeStaleContainers();
  // Cold (no base image, no layer cache) this takes minutes: mmdebstrap, npm ci, the build.
  build = await buildImage();
  mark(`image ${build.image} in ${build.seconds.toFixed(0)} s`);
  dev = await DevServer.start({ dbFile: join(dataDir, 'temporal.db') });
  databaseUrl = await createDatabase(inject('postgresAdminUrl'), 'container_read_model');
  // The migrations as a one-off container, then the worker and the API: what cluster.chaos-spec.ts
  // would call with two of each.
  const launched = await launchProductContainers(
    { temporalAddress: dev.address, namespace: 'default', databaseUrl, jwtSecret: SECRET },
    build.image,
    { apis: 1, workers: 1 },
  );
  [worker] = launched.containers.filter((c) => c.role === 'worker');
  [api] = launched.containers.filter((c) => c.role === 'api');
  readModelDb = await openDataSource({ url: databaseUrl });
  mark(`worker ${worker!.name} running, API ${api!.name} healthy on ${api!.url}`);
}, 1_800_000);

afterAll(async () => {
  await api?.dispose({ keepLogs: failed });
  await worker?.dispose({ keepLogs: failed });
  await readModelDb?.destroy().catch(() => undefined);
  await dev?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  console.info(`container timeline:\n${marks.join('\n')}`);
}, 120_000);

/** The read model's row of the programme once its version reaches `version`, or the last seen. */
async function readModelAt(version: number, timeoutMs = 60_000) {
  const readModel = new ProgrammeReadModel(readModelDb);
  const deadline = Date.now() + timeoutMs;
  let row = await readModel.findById(ID);
  while ((row?.version ?? -1) < version && Date.now() < deadline) {
    await sleep(250);
    row = await readModel.findById(ID);
  }
  return row;
}

describe('the product image, built with podman on a Debian base of our own', () => {
  it('runs as the Dockerfile says: the pinned Node, not root, the API by default', () => {
    onTestFailed(() => {
      failed = true;
    });
    const pinned = execFileSync(join(repoRoot(), 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim();
    const config = JSON.parse(podmanSync(['image', 'inspect', '--format', '{{json .Config}}', build.image])) as {
      User: string;
      Cmd: string[];
      Env: string[];
    };
    expect(config.User).toBe('1000:1000');
    expect(config.Cmd).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(config.Env).toContain('NODE_ENV=production');
    expect(podmanSync(['run', '--rm', build.image, 'node', '--version'])).toBe(pinned);
    // The code belongs to root; the process (uid 1000) cannot change it.
    expect(
      podmanSync(['run', '--rm', build.image, 'sh', '-c', 'id -u; touch dist/x 2>/dev/null || echo read-only']),
    ).toBe('1000\nread-only');
  });

  it('the API container starts a programme and the worker container advances it into the read model on PostgreSQL', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const token = await mintToken(SECRET, { sub: 'container-kwartiermaker', role: 'KWARTIERMAKER' });
    const started = await graphql<{ startProgramme: { id: string; version: number } }>(
      api!.url!,
      `mutation { startProgramme(municipalityCode: "${CODE}") { id version } }`,
      undefined,
      { token },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data?.startProgramme.id).toBe(ID);
    mark(`started ${ID} through the API container`);

    // Only the worker writes the read model: the projection activity of the programme's workflow.
    const first = await readModelAt(started.data!.startProgramme.version);
    expect(first).toMatchObject({ id: ID, phase: 'COMMITMENT', version: started.data!.startProgramme.version });
    mark(`read model at version ${first!.version}`);

    // A step: an update the worker container's workflow accepts, then projects.
    const step = await graphql<{ designateAdministrativeLead: { version: number } }>(
      api!.url!,
      `mutation { designateAdministrativeLead(programmeId: "${ID}", input: { name: "Wethouder Jeugd" }) { version } }`,
      undefined,
      { token },
    );
    expect(step.errors).toBeUndefined();
    const version = step.data!.designateAdministrativeLead.version;
    expect(version).toBeGreaterThan(first!.version);
    const after = await readModelAt(version);
    expect(after?.version).toBe(version);
    mark(`step taken; read model at version ${after!.version}`);

    // And the API container reads it back from there.
    const read = await graphql<{ programme: { version: number; phase: string } }>(
      api!.url!,
      `{ programme(id: "${ID}") { version phase } }`,
      undefined,
      { token },
    );
    expect(read.data?.programme).toEqual({ version, phase: 'COMMITMENT' });
  });

  it('stops cleanly on SIGTERM (podman stop), as a pod does: exit code 0', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const [apiExit, workerExit] = await Promise.all([api!.stop(), worker!.stop()]);
    mark(`stopped: API exit ${apiExit}, worker exit ${workerExit}`);
    expect({ api: apiExit, worker: workerExit }).toEqual({ api: 0, worker: 0 });
  });
});
