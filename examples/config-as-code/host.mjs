// A host that loads its service configuration from a Sandling script.
//
//   node examples/config-as-code/host.mjs [config.py]    (after npm run build)
//
// The script runs in deterministic mode with tight limits and no libraries;
// its result must be JSON data matching schema.json. Exit status: 0 when the
// config is valid, 1 when it is not (every problem is listed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { evaluateConfig, ConfigError, Limits, SandlingError } from '../../dist/core/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, 'service.py');
const schema = JSON.parse(readFileSync(join(here, 'schema.json'), 'utf8'));

let config;
try {
  config = evaluateConfig(readFileSync(file, 'utf8'), {
    schema,
    filename: basename(file),
    limits: { ...Limits.untrusted(), timeoutMs: 2000 },
  });
} catch (e) {
  if (e instanceof ConfigError) {
    // Each problem names the key as the script spells it: config.servers[1].port ...
    console.error(e.message);
    process.exit(1);
  }
  // The script itself failed: a syntax error, an exception (with its traceback), a limit.
  if (e instanceof SandlingError) {
    console.error(e.report ?? (typeof e.format === 'function' ? e.format() : e.message));
    process.exit(1);
  }
  throw e;
}

console.log(`service ${config.service}: ${config.servers.length} servers`);
for (const s of config.servers) console.log(`  ${s.name} -> ${s.host}:${s.port} x${s.replicas ?? 1}`);
console.log(`retry: ${config.retry?.attempts ?? 0} attempts, delays ${JSON.stringify(config.retry?.delays ?? [])}`);
const enabled = Object.entries(config.features ?? {}).filter(([, on]) => on).map(([name]) => name);
console.log(`features on: ${enabled.join(', ') || 'none'}`);
