// Makes dist/snapshots/sandling-<node version>.blob, the V8 start-up snapshot
// the `sandling` command starts node from (cli/snapshot.ts, cli/launcher.sh),
// for the node that runs this script: a snapshot only loads into the node
// version that made it. Run by the build (cli/build.mjs) and, through
// cli/postinstall.cjs, after the package is installed from a registry, whose
// tarball carries no snapshot. Never fails the caller: without a snapshot the
// command still works, only starts slower.
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdirSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const dist = __dirname;
const snapshots = join(dist, 'snapshots');
const blob = join(snapshots, `sandling-${process.version}.blob`);
// Made under a temporary name and checked before it takes the real one: a concurrent
// start must never find a half-written or broken snapshot.
const tmp = `${blob}.${process.pid}.tmp`;
try {
  mkdirSync(snapshots, { recursive: true });
  execFileSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', join(dist, 'snapshot-entry.cjs')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const out = execFileSync(process.execPath, ['--snapshot-blob', tmp, join(dist, 'sandling.cjs'), '-c', 'print(6 * 7)'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (out !== '42\n') throw new Error(`the snapshot printed ${JSON.stringify(out)}`);
  renameSync(tmp, blob);
} catch (e) {
  rmSync(tmp, { force: true });
  console.warn(`sandling: no start-up snapshot for node ${process.version} (${e.stderr?.toString().trim() || e.message})`);
}
