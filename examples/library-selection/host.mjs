// A host that chooses libraries for a task by reading the catalog, with the
// same ranking as `sandling libs --for`, registers the recommended ones under
// its policy, and runs a script with them.
//
//   node examples/library-selection/host.mjs        (after npm run build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Interpreter, Registry, rankLibraries, registrationCode, ScriptError } from '../../dist/core/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const task = 'parse a YAML inventory and log a warning for each host without an owner';
// This host never grants more than the pure tier: no files, network, environment or processes.
const policy = { maxTier: 'pure' };

const matches = rankLibraries(new Registry().catalog(), task, { maxTier: policy.maxTier });
console.log(`task: ${task}`);
for (const m of matches) {
  const verdict = m.recommended ? 'use' : m.automatic ? 'stdlib' : m.allowed ? 'weaker match' : 'refused by policy';
  console.log(`  ${m.name.padEnd(14)} ${m.tier.padEnd(8)} ${m.score.toFixed(2).padStart(6)}  ${verdict}`);
}

// Real hosts decide the options (the catalog's are placeholders); these libraries need none.
const chosen = matches.filter((m) => m.recommended);
const registry = new Registry({ policy });
for (const m of chosen) registry.use(m.library, {});
console.log(`registered: ${chosen.map((m) => m.library).join(', ')}`);
console.log(registrationCode(chosen).split('\n').map((l) => `  | ${l}`).join('\n'));

const inventory = readFileSync(join(here, 'inventory.yaml'), 'utf8');
const interp = new Interpreter({
  libraries: registry,
  globals: { INVENTORY: inventory },
  output: (text) => process.stdout.write(text),
});
try {
  interp.run(readFileSync(join(here, 'inventory.py'), 'utf8'), { filename: 'inventory.py' });
} catch (e) {
  if (!(e instanceof ScriptError)) throw e;
  console.error(e.report);
  process.exitCode = 1;
}
