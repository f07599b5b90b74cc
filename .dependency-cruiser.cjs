// Layer boundaries of DESIGN.md "Layout" and STYLE.md habit 14, checked in `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is the regulation as pure functions: it imports nothing of ours and no I/O',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: ['^(contracts|server|web|tests|bench|scripts)/', '^node_modules/(kysely|pg|better-sqlite3|fastify)', '^(fs|node:fs|http|node:http|child_process|node:child_process)$'] },
    },
    {
      name: 'contracts-only-domain',
      comment: 'contracts/ (zod schemas of the API) may use domain/ and zod, nothing of server or web',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { path: '^(server|web|tests|bench|scripts)/' },
    },
    {
      name: 'web-meets-server-only-in-contracts',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|tests|bench|scripts)/' },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'no-cross-feature-imports',
      comment: 'web features do not import each other (bulletproof-react); share through components/ or lib/',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/([^/]+)/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'kysely-only-in-repositories',
      comment: 'queries live in *.repository.ts (STYLE.md habit 4); services and routes may only name its types',
      severity: 'error',
      from: { path: '^server/src/modules/', pathNot: ['\\.repository\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['web/dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
