// The `sandling` executable: runs dist/sandling-cli.cjs through a V8 code
// cache (dist/sandling-cli.cache, written on first use), so each start only
// deserializes compiled code instead of compiling a multi-megabyte bundle.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./sandling-cli.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('./sandling-cli.cache', import.meta.url));

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The bundle keeps the entry file's `#!` line, which is not valid inside a function body.
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const wrapped = `(function (exports, require, module, __filename, __dirname, __sandlingEntryUrl) {${source}\n})`;
const script = new Script(wrapped, { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // Written at exit so the cache also holds the functions this run compiled; a read-only install just skips it.
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // no cache this time
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('.', import.meta.url)), import.meta.url);
