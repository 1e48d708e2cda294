// The `sandling` executable: runs dist/sandling-cli.cjs through a V8 code
// cache (dist/sandling-cli.cache, written on first use), so each start only
// deserializes compiled code instead of compiling a multi-megabyte bundle.
// CommonJS rather than ESM: node starts a CommonJS entry a few milliseconds sooner.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'sandling-cli.cjs');
const cacheFile = join(__dirname, 'sandling-cli.cache');

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The bundle is one ASCII function expression (see build.mjs): Latin-1 reads it exactly, and fast.
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
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
const module_ = { exports: {} };
// The bundle's entry URL is this file: workers (the REPL) start from it.
script.runInThisContext()(module_.exports, require, module_, bundle, __dirname, pathToFileURL(__filename).href);
