// Import boundaries of STYLE.md ("Imports point one way"), checked by `npm run lint`
// (`depcruise -c .dependency-cruiser.cjs apps libs workflows test bench`). Rules match the file an
// import resolves to, so they hold however deep the importing file sits; `import type` is told
// apart from a runtime import (tsPreCompilationDeps), which the workflow rule needs.
// Test files (specs beside the code) may also use test/support.

const TEST_FILE = '\\.(spec|int-spec|e2e-spec|chaos-spec)\\.ts$';
const REPO = '^(apps|libs|workflows|test|bench)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain imports nothing else of the repo (its specs may read libs/reference-data).',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: REPO, pathNot: ['^libs/domain/', '^libs/reference-data/'] },
    },
    {
      name: 'domain-no-reference-data',
      comment: 'The domain takes data as arguments; only its specs read libs/reference-data.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: TEST_FILE },
      to: { path: '^libs/reference-data/' },
    },
    {
      name: 'domain-no-io-or-framework',
      comment: 'libs/domain: no I/O, no framework, no clock (STYLE.md "Layout and imports").',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: TEST_FILE },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev'],
        path: '^(fs|path|http|https|net|child_process|node_modules/(@nestjs|@temporalio|typeorm|pg|better-sqlite3|fastify|mercurius|graphql|pino|zod)/)',
      },
    },
    {
      name: 'contracts-only-domain',
      comment: 'libs/contracts imports domain types and @temporalio/workflow (define*) only.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: REPO, pathNot: ['^libs/contracts/', '^libs/domain/'] },
    },
    {
      name: 'contracts-only-define',
      comment:
        'libs/contracts: define* from @temporalio/workflow (and @temporalio/common for search attribute keys) at run time, other packages as types only.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: '^node_modules/@temporalio/(workflow|common)/',
      },
    },
    {
      name: 'workflows-only-domain-contracts',
      comment: 'workflows/ imports domain and contracts; activities only through `import type`.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: REPO, pathNot: ['^workflows/', '^libs/domain/', '^libs/contracts/', '^libs/activities/'] },
    },
    {
      name: 'workflows-activities-type-only',
      comment: 'A workflow reaches activities through proxyActivities<typeof ...>: `import type` only.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: '^libs/activities/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflows-deterministic',
      comment: 'Workflow code runs in the deterministic sandbox: no Node I/O, no client, worker or database.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^(fs|path|http|https|net|child_process|crypto|node_modules/(@temporalio/(client|worker|activity|testing)|typeorm|pg|better-sqlite3|@nestjs)/)',
      },
    },
    {
      name: 'persistence-only-domain',
      comment: 'libs/persistence imports libs/domain only.',
      severity: 'error',
      from: { path: '^libs/persistence/' },
      to: { path: REPO, pathNot: ['^libs/persistence/', '^libs/domain/', '^libs/reference-data/', '^test/support/'] },
    },
    {
      name: 'activities-only-domain-contracts-persistence',
      comment:
        'libs/activities imports domain, contracts and persistence only (and the mail outbox and webhook policy libs).',
      severity: 'error',
      from: { path: '^libs/activities/' },
      to: {
        path: REPO,
        pathNot: ['^libs/(activities|domain|contracts|persistence|webhooks|mail)/', '^test/support/'],
      },
    },
    {
      name: 'libs-not-apps',
      comment: 'No lib imports an app, a workflow, the bench or (outside its specs) test code.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|workflows|bench)/' },
    },
    {
      name: 'product-not-test-code',
      comment: 'Product code never imports test/ or bench/ (its specs may use test/support).',
      severity: 'error',
      from: { path: '^(apps|libs|workflows)/', pathNot: TEST_FILE },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'specs-only-test-support',
      comment: 'Specs beside the code use test/support, never other suites.',
      severity: 'error',
      from: { path: '^(apps|libs|workflows)/' },
      to: { path: '^(test|bench)/', pathNot: '^test/support/' },
    },
    {
      name: 'worker-not-workflows',
      comment: 'apps/worker loads workflows/ by path (workflowsPath / bundle), never by import.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^workflows/' },
    },
    {
      name: 'api-not-workflows',
      comment: 'apps/api starts a workflow by the type name and signature in libs/contracts, never by importing it.',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^(workflows|libs/activities)/' },
    },
    {
      name: 'apps-not-other-apps',
      comment: "An app never imports another app (apps/seed and apps/worker not the API's internals).",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-deep-lib-imports',
      comment: 'From outside a lib, import its index (libs/x/src), never libs/x/src/<file>.',
      severity: 'error',
      // The workspace's browser bundles may take the domain's pure labels and settings modules alone:
      // through the index, esbuild keeps ~27 KB of modules it cannot prove free of side effects.
      from: { path: '^((?:libs/)?[^/]+)/', pathNot: '^apps/web/src/(i18n/labels|pages/national/bounds)\\.ts$' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
  ],
  options: {
    exclude: { path: '^dist/|^test/workflows/histories/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mts', '.js', '.mjs', '.json'],
      mainFields: ['main', 'types'],
    },
    // The product has no path aliases; dependency-cruiser only resolves.
    skipAnalysisNotInRules: true,
  },
};
