// Bundles GraphiQL (graphiql 4 on CodeMirror 5, React 19, graphql-ws) with the page in ide/ into
// dist/graphiql at build time, so /graphiql loads nothing from another host. The fonts that
// graphiql's stylesheet inlines as data: URIs become files of their own: the page's
// Content-Security-Policy (the dashboard's) allows fonts from 'self' only. Type-checks first
// with ide/tsconfig.json (DOM types). Usage: node apps/api/src/graphiql/build.mjs [--no-typecheck]
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..', '..');
const ide = join(here, 'ide');
const target = join(root, 'dist', 'graphiql');
// Built beside the target and swapped in at the end, so a running API never sees half a bundle.
const out = `${target}.tmp-${process.pid}`;
const require = createRequire(import.meta.url);

if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ide, 'tsconfig.json')], {
    stdio: 'inherit',
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [{ in: join(ide, 'main.tsx'), out: 'app' }],
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});

const css = readFileSync(join(out, 'app.css'), 'utf8').replace(
  /url\(\s*(["']?)data:font\/(woff2?);base64,([A-Za-z0-9+/=]+)\1\s*\)/g,
  (_match, _quote, kind, data) => {
    const bytes = Buffer.from(data, 'base64');
    const name = `font-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${kind}`;
    writeFileSync(join(out, name), bytes);
    return `url(/graphiql/${name})`;
  },
);
writeFileSync(join(out, 'app.css'), css);
copyFileSync(join(ide, 'index.html'), join(out, 'index.html'));
// infra/lib.sh compares the sources' times with this stamp.
writeFileSync(join(out, '.built'), new Date().toISOString() + '\n');
const previous = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(out, target);
rmSync(previous, { recursive: true, force: true });

const kb = (f) => (statSync(join(target, f)).size / 1024).toFixed(0);
console.error(`[graphiql] bundled into ${target}: app.js ${kb('app.js')} KB, app.css ${kb('app.css')} KB`);
