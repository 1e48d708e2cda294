// Builds the `sandling` command: dist/sandling-cli.cjs (everything, one file)
// and dist/sandling.mjs (a small launcher that runs it with a V8 code cache,
// so start-up does not pay for compiling the whole bundle on every run).
// Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chmodSync, rmSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// chevrotain's single-file bundle (the package entry pulls in hundreds of lodash-es modules).
const chevrotainBundle = join(dirname(require.resolve('chevrotain')), '..', 'chevrotain.mjs');

/** core/chevrotain.js loads chevrotain with a top-level await; the CLI bundle imports it statically instead. */
const staticChevrotain = {
  name: 'static-chevrotain',
  setup(b) {
    b.onResolve({ filter: /\/chevrotain\.js$/ }, (args) =>
      args.importer.includes(`${join('dist', 'core')}`) ? { path: 'static-chevrotain', namespace: 'sandling' } : undefined);
    b.onLoad({ filter: /^static-chevrotain$/, namespace: 'sandling' }, () => ({
      contents: `export { createToken, Lexer, EmbeddedActionsParser, EOF, LLkLookaheadStrategy } from ${JSON.stringify(chevrotainBundle)};`,
      resolveDir: root,
    }));
  },
};

await build({
  entryPoints: [join(root, 'dist', 'cli', 'sandling.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(root, 'dist', 'sandling-cli.cjs'),
  plugins: [staticChevrotain],
  // The launcher passes its own URL: workers (the REPL) start from the launcher.
  define: { 'import.meta.url': '__sandlingEntryUrl' },
  logLevel: 'warning',
});

await build({
  entryPoints: [join(root, 'cli', 'launcher.mjs')],
  bundle: false,
  platform: 'node',
  format: 'esm',
  outfile: join(root, 'dist', 'sandling.mjs'),
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// The bin must be executable (npx runs it directly).
chmodSync(join(root, 'dist', 'sandling.mjs'), 0o755);
rmSync(join(root, 'dist', 'sandling-cli.cache'), { force: true });
