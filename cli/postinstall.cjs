// npm's postinstall: a package installed from a registry makes its start-up
// snapshot for the node installing it (dist/make-snapshot.cjs). In a clone
// before its first build there is no dist/ yet, and `prepare` makes it.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const maker = join(__dirname, '..', 'dist', 'make-snapshot.cjs');
if (existsSync(maker)) require(maker);
