// docs/libraries.md is generated from the library catalog (`sandling docs --out docs/libraries.md`);
// this test fails when the code and the committed reference drift apart.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { libraryReference } from '../cli/libs.js';

it('docs/libraries.md matches the catalog (regenerate with: npx sandling docs --out docs/libraries.md)', () => {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'libraries.md');
  expect(readFileSync(file, 'utf8')).toBe(libraryReference());
}, 60_000);
