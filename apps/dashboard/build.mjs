// Bundles the dashboard (apps/dashboard/src) into dist/dashboard at build time: esbuild for the
// TypeScript (Chart.js, d3-geo, topojson-client and graphql-ws inside, no CDN), the CSS, the page,
// the municipal boundaries and their attribution. Type-checks first with the dashboard's own
// tsconfig (DOM types). Usage: node apps/dashboard/build.mjs [--no-typecheck]
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
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'csv-parse/sync';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const src = join(here, 'src');
const target = join(root, 'dist', 'dashboard');
// Built beside the target and swapped in at the end, so a running API never sees half a bundle.
const out = `${target}.tmp-${process.pid}`;
const referenceData = join(root, 'libs', 'reference-data');
const require = createRequire(import.meta.url);

if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], {
    stdio: 'inherit',
  });
}

// municipalities.csv becomes a module of the columns the page needs (metadata for filters,
// tooltips and the panel), so the browser parses no CSV.
const municipalitiesModule = {
  name: 'municipalities-csv',
  setup(b) {
    b.onResolve({ filter: /^virtual:municipalities$/ }, () => ({
      path: 'municipalities',
      namespace: 'reference-data',
    }));
    b.onLoad({ filter: /.*/, namespace: 'reference-data' }, () => {
      const file = join(referenceData, 'municipalities.csv');
      const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
      const municipalities = rows.map((r) => ({
        code: r.code,
        name: r.name,
        province: r.province,
        veiligThuisRegion: r.veilig_thuis_region,
        jeugdregio: r.jeugdregio,
      }));
      return { contents: `export default ${JSON.stringify(municipalities)};`, loader: 'js', watchFiles: [file] };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [
    { in: join(src, 'main.ts'), out: 'app' },
    { in: join(src, 'app.css'), out: 'app' },
  ],
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [municipalitiesModule],
});
copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
copyFileSync(join(referenceData, 'municipalities.topo.json'), join(out, 'municipalities.topo.json'));
copyFileSync(join(src, 'ATTRIBUTION.txt'), join(out, 'ATTRIBUTION.txt'));
// What went into app.js, for size checks (esbuild's analyzer reads it); not served.
writeFileSync(join(root, 'dist', 'dashboard.meta.json'), JSON.stringify(result.metafile));
// infra/lib.sh compares the sources' times with this stamp.
writeFileSync(join(out, '.built'), new Date().toISOString() + '\n');
const previous = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(out, target);
rmSync(previous, { recursive: true, force: true });

const kb = (f) => (statSync(join(target, f)).size / 1024).toFixed(0);
console.error(
  `[dashboard] bundled into ${target}: app.js ${kb('app.js')} KB, app.css ${kb('app.css')} KB, municipalities.topo.json ${kb('municipalities.topo.json')} KB`,
);
