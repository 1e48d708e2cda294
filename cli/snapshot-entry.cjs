// The script `node --build-snapshot` runs (cli/build.mjs): it evaluates the CLI
// bundle, which sees that a snapshot is being built, warms itself up and
// registers the function a snapshot-started process runs (cli/snapshot.ts).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { runInThisContext } = require('node:vm');

const bundle = join(__dirname, 'sandling-cli.cjs');
const module_ = { exports: {} };
const launcherUrl = pathToFileURL(join(__dirname, 'sandling.cjs')).href;
runInThisContext(readFileSync(bundle, 'latin1'), { filename: bundle })(module_.exports, require, module_, bundle, __dirname, launcherUrl);
