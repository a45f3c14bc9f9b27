import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A rendered Kubernetes object, as JSON. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: any;
}

/** The Helm binary: OLIEVLEK_HELM (infra/test.sh), else built or found by infra/ensure-helm.sh. */
export function helmBinary(): string {
  if (!process.env.OLIEVLEK_HELM) {
    process.env.OLIEVLEK_HELM = execFileSync('bash', [join(ROOT, 'infra/ensure-helm.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
  return process.env.OLIEVLEK_HELM;
}

export interface HelmRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs helm with its state (repositories, cache) in `home`, never in the user's own. */
export function helm(home: string, args: string[]): HelmRun {
  const run = spawnSync(helmBinary(), args, {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_DATA_HOME: join(home, 'data'),
    },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A copy of a chart that `helm template` accepts offline: Helm refuses to render a chart whose
 * declared dependencies are not in `charts/`, even when their condition turns them off. Each
 * declared dependency gets an empty stand-in (same name and version, no templates); with the
 * dependency disabled, as by default, none of it would be rendered anyway.
 */
export function offlineChartCopy(
  chartDir: string,
  workDir: string,
  dependencies: Array<{ name: string; version: string }>,
): string {
  const copy = join(workDir, 'chart');
  cpSync(chartDir, copy, { recursive: true });
  for (const d of dependencies) {
    const dir = join(copy, 'charts', d.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'Chart.yaml'),
      `apiVersion: v2\nname: ${d.name}\nversion: ${d.version}\ndescription: offline stand-in\n`,
    );
  }
  return copy;
}

/**
 * Parses `helm template` output into objects with Helm itself (no YAML library in the repo):
 * a throw-away chart carries the manifests as a file and renders them through `fromYaml` and
 * `toJson` (sigs.k8s.io/yaml, what Kubernetes tooling uses) into one JSON List.
 */
export function parseManifests(home: string, manifests: string): K8sObject[] {
  const dir = mkdtempSync(join(tmpdir(), 'olievlek-yaml2json-'));
  try {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: yaml2json\nversion: 0.0.0\n');
    writeFileSync(join(dir, 'manifests.txt'), manifests);
    writeFileSync(
      join(dir, 'templates', 'list.yaml'),
      [
        '{{- $objects := list -}}',
        '{{- range $doc := regexSplit "(?m)^---[ \\t]*$" (.Files.Get "manifests.txt") -1 -}}',
        '{{- $object := fromYaml $doc -}}',
        '{{- if hasKey $object "Error" }}{{ fail (printf "not YAML: %s" (get $object "Error")) }}{{ end -}}',
        '{{- if $object }}{{ $objects = append $objects $object }}{{ end -}}',
        '{{- end -}}',
        '{{- toJson (dict "apiVersion" "v1" "kind" "List" "items" $objects) -}}',
      ].join('\n'),
    );
    const run = helm(home, ['template', 'parse', dir]);
    if (run.status !== 0) throw new Error(`parsing manifests failed: ${run.stderr}`);
    const json = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('---') && !line.startsWith('# Source:'))
      .join('\n');
    return (JSON.parse(json) as { items: K8sObject[] }).items;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
