// Bundles the workspace (apps/web/src) into dist/web at build time: esbuild for the TypeScript and
// JSX (React, the NL Design System's Utrecht components and CSS, wouter, react-intl, graphql-ws,
// Chart.js and d3-geo for the national view — all inside, no CDN), one chunk per page (code
// splitting, so a page loads only its own JavaScript), content-hashed file names under /assets/
// (cached for good), and index.html naming the entry's files. Type-checks first with the app's own
// tsconfig (DOM types). Usage: node apps/web/build.mjs [--no-typecheck]
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const src = join(here, 'src');
const target = join(root, 'dist', 'web');
// Built beside the target and swapped in at the end, so a running API never sees half a bundle.
const out = `${target}.tmp-${process.pid}`;
const referenceData = join(root, 'libs', 'reference-data');
const require = createRequire(import.meta.url);

if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], {
    stdio: 'inherit',
  });
}

// municipalities.csv becomes a module of the columns the pages need (names, provinces, regions),
// so the browser parses no CSV.
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

// The theme's design tokens (src/theme/tokens.json) become CSS custom properties on .olievlek-theme:
// `olievlek.color.primary` → `--olievlek-color-primary`, and a value `{olievlek.color.primary}`
// → `var(--olievlek-color-primary)`, so the Utrecht components take our colours and type.
const themeTokens = {
  name: 'theme-tokens',
  setup(b) {
    b.onResolve({ filter: /^virtual:theme-tokens\.css$/ }, () => ({ path: 'tokens.css', namespace: 'theme' }));
    b.onLoad({ filter: /.*/, namespace: 'theme' }, () => {
      const file = join(src, 'theme', 'tokens.json');
      const declarations = [];
      const walk = (node, path) => {
        for (const [key, value] of Object.entries(node)) {
          if (key.startsWith('$')) continue;
          if (value && typeof value === 'object' && '$value' in value) {
            const css = String(value.$value).replace(
              /\{([a-z0-9.-]+)\}/g,
              (_, ref) => `var(--${ref.replaceAll('.', '-')})`,
            );
            declarations.push(`  --${[...path, key].join('-')}: ${css};`);
          } else if (value && typeof value === 'object') walk(value, [...path, key]);
        }
      };
      walk(JSON.parse(readFileSync(file, 'utf8')), []);
      return { contents: `.olievlek-theme {\n${declarations.join('\n')}\n}\n`, loader: 'css', watchFiles: [file] };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await build({
  entryPoints: { app: join(src, 'main.tsx') },
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'file', '.woff': 'file', '.svg': 'file' },
  plugins: [municipalitiesModule, themeTokens],
});

// The entry's script and stylesheet, by their hashed names.
const outputs = Object.entries(result.metafile.outputs);
const entry = outputs.find(([, o]) => o.entryPoint && o.entryPoint.endsWith('main.tsx'));
if (!entry) throw new Error('esbuild produced no entry for main.tsx');
const asUrl = (file) => '/' + relative(out, resolve(root, file)).split('\\').join('/');
const script = asUrl(entry[0]);
const css = entry[1].cssBundle ? asUrl(entry[1].cssBundle) : undefined;
const html = readFileSync(join(src, 'index.html'), 'utf8')
  .replace('<!--styles-->', css ? `<link rel="stylesheet" href="${css}">` : '')
  .replace('<!--script-->', `<script type="module" src="${script}"></script>`);
writeFileSync(join(out, 'index.html'), html);
copyFileSync(join(referenceData, 'municipalities.topo.json'), join(out, 'assets', 'municipalities.topo.json'));
copyFileSync(join(src, 'ATTRIBUTION.txt'), join(out, 'ATTRIBUTION.txt'));

// Each asset also compressed once here (Brotli and gzip beside it), so the API serves the smaller
// file to browsers that accept it (@fastify/static's preCompressed) without compressing per request.
for (const file of readdirSync(join(out, 'assets'))) {
  if (!/\.(js|css|json|map|txt)$/.test(file)) continue;
  const path = join(out, 'assets', file);
  const raw = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
}

// JavaScript per page (gzipped): the entry with its static imports, and each page chunk on top.
const jsOutputs = outputs.filter(([f]) => f.endsWith('.js'));
const gz = (file) => gzipSync(readFileSync(resolve(root, file))).length;
const sizes = Object.fromEntries(
  jsOutputs.map(([f, o]) => [
    asUrl(f),
    { bytes: o.bytes, gzip: gz(f), imports: o.imports.map((i) => ({ path: asUrl(i.path), kind: i.kind })) },
  ]),
);
writeFileSync(join(out, 'bundle-sizes.json'), JSON.stringify({ entry: script, css, files: sizes }, null, 2));
// What went into the bundle, for size checks (esbuild's analyzer reads it); not served.
writeFileSync(join(root, 'dist', 'web.meta.json'), JSON.stringify(result.metafile));
// infra/lib.sh compares the sources' times with this stamp.
writeFileSync(join(out, '.built'), new Date().toISOString() + '\n');
const previous = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(out, target);
rmSync(previous, { recursive: true, force: true });

const kb = (n) => (n / 1024).toFixed(0);
const initial = [script, ...sizes[script].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
console.error(
  `[web] bundled into ${target}: first load ${kb(initial.reduce((n, f) => n + sizes[f].gzip, 0))} KB JavaScript gzipped (${initial.length} files), ${jsOutputs.length} chunks`,
);
