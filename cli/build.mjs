// Builds the `sandling` command: dist/sandling-cli.cjs (everything, one file),
// dist/sandling.cjs (a small launcher that runs it with a V8 code cache, so
// start-up does not pay for compiling the whole bundle on every run), a V8
// start-up snapshot of the warmed-up CLI for this node version
// (dist/snapshots/, see cli/snapshot.ts), and dist/sandling, the command
// itself: a shell script that starts node from the snapshot when there is
// one for the node it finds, else runs the launcher.
// Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

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
  // Whitespace and syntax only (names kept): a smaller file reads faster at every start.
  minifyWhitespace: true,
  minifySyntax: true,
});

// The launcher runs the bundle as one function expression it reads as Latin-1 (a one-byte
// string, much faster to read than UTF-8): wrap it here and escape the few non-ASCII
// characters esbuild leaves in comments, so reading it as Latin-1 is exact.
const cliFile = join(root, 'dist', 'sandling-cli.cjs');
const body = readFileSync(cliFile, 'utf8')
  .replace(/^#!.*/, '')
  .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(cliFile, `(function (exports, require, module, __filename, __dirname, __sandlingEntryUrl) {${body}\n})`);

const launcher = join(root, 'dist', 'sandling.cjs');
writeFileSync(launcher, `#!/usr/bin/env node\n${readFileSync(join(root, 'cli', 'launcher.cjs'), 'utf8')}`);
rmSync(join(root, 'dist', 'sandling-cli.cache'), { force: true });
copyFileSync(join(root, 'cli', 'snapshot-entry.cjs'), join(root, 'dist', 'snapshot-entry.cjs'));
const command = join(root, 'dist', 'sandling');
copyFileSync(join(root, 'cli', 'launcher.sh'), command);
// Both must be executable (npx runs the command directly; the command may exec the launcher).
chmodSync(launcher, 0o755);
chmodSync(command, 0o755);

// The start-up snapshot for this node (its maker is also the installed package's postinstall step).
copyFileSync(join(root, 'cli', 'make-snapshot.cjs'), join(root, 'dist', 'make-snapshot.cjs'));
rmSync(join(root, 'dist', 'snapshots'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'dist', 'make-snapshot.cjs')], { stdio: 'inherit' });
