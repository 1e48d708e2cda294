/**
 * Mutations of the conformance corpus: take a test/conformance/*.py program and
 * delete / duplicate / swap lines, delete / duplicate / swap characters, insert
 * tokens, re-indent lines, or replace numbers with extreme values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const besideUs = join(dirname(fileURLToPath(import.meta.url)), '..', 'conformance');
const corpusDir = existsSync(besideUs) ? besideUs : join(process.cwd(), 'test', 'conformance');

export const CORPUS: { name: string; source: string }[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((name) => ({ name, source: readFileSync(join(corpusDir, name), 'utf8') }));

const INSERTS = [
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '*', '**', '=', '==', ' not ', ' in ', ' is ', 'lambda: ', 'yield ',
  'return ', '\n', '\n    ', '    ', '\t', '\\', '"', "'", '"""', '#', '\0', '😀', '\ud800', '-', '~', '@', 'f"{',
  '}', '10**100', '2**64', '-1', '0', 'None', 'self', '__class__', '.__proto__', '.constructor', 'print(', 'del ',
  'global x', 'nonlocal x', 'break', 'continue', 'raise', 'async ', 'await ', 'x := ', ' if 1 else 0', '[::-1]',
  '[10**30]', '*1000000', ' ** 10**7', ' << 10**7', 'while 1: pass\n',
];
const NUMBERS = ['0', '-1', '10**30', '2**64', '10**7', '1e308', "float('nan')", '4301', '-(2**63)', '10**6', '999999999'];

type Mutation =
  | { op: 'deleteLine' | 'duplicateLine' | 'indentLine' | 'dedentLine'; a: number }
  | { op: 'swapLines' | 'moveLine'; a: number; b: number }
  | { op: 'deleteChars' | 'duplicateChars'; a: number; len: number }
  | { op: 'swapChars'; a: number; b: number }
  | { op: 'insert'; a: number; text: string }
  | { op: 'number'; a: number; text: string };

const pos = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('deleteLine', 'duplicateLine', 'indentLine', 'dedentLine') as fc.Arbitrary<'deleteLine'>, a: pos }),
  fc.record({ op: fc.constantFrom('swapLines', 'moveLine') as fc.Arbitrary<'swapLines'>, a: pos, b: pos }),
  fc.record({ op: fc.constantFrom('deleteChars', 'duplicateChars') as fc.Arbitrary<'deleteChars'>, a: pos, len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('swapChars') as fc.Arbitrary<'swapChars'>, a: pos, b: pos }),
  fc.record({ op: fc.constant('insert') as fc.Arbitrary<'insert'>, a: pos, text: fc.constantFrom(...INSERTS) }),
  fc.record({ op: fc.constant('number') as fc.Arbitrary<'number'>, a: pos, text: fc.constantFrom(...NUMBERS) }),
);

export function applyMutation(src: string, m: Mutation): string {
  const lines = src.split('\n');
  const li = (k: number) => k % Math.max(1, lines.length);
  switch (m.op) {
    case 'deleteLine':
      lines.splice(li(m.a), 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(li(m.a), 0, lines[li(m.a)] ?? '');
      return lines.join('\n');
    case 'indentLine':
      lines[li(m.a)] = `    ${lines[li(m.a)] ?? ''}`;
      return lines.join('\n');
    case 'dedentLine':
      lines[li(m.a)] = (lines[li(m.a)] ?? '').replace(/^ {1,4}/, '');
      return lines.join('\n');
    case 'swapLines': {
      const i = li(m.a);
      const j = li(m.b);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'moveLine': {
      const [l] = lines.splice(li(m.a), 1);
      lines.splice(li(m.b), 0, l ?? '');
      return lines.join('\n');
    }
    case 'deleteChars': {
      const i = m.a % (src.length + 1);
      return src.slice(0, i) + src.slice(i + m.len);
    }
    case 'duplicateChars': {
      const i = m.a % (src.length + 1);
      return src.slice(0, i + m.len) + src.slice(i);
    }
    case 'swapChars': {
      if (src.length < 2) return src;
      const cs = [...src];
      const i = m.a % cs.length;
      const j = m.b % cs.length;
      [cs[i], cs[j]] = [cs[j], cs[i]];
      return cs.join('');
    }
    case 'insert': {
      const i = m.a % (src.length + 1);
      return src.slice(0, i) + m.text + src.slice(i);
    }
    case 'number': {
      const nums = [...src.matchAll(/\b\d+\b/g)];
      if (nums.length === 0) return src;
      const hit = nums[m.a % nums.length];
      return src.slice(0, hit.index) + m.text + src.slice(hit.index! + hit[0].length);
    }
  }
}

/** A mutated corpus program (1–6 mutations). */
export const mutatedProgram: fc.Arbitrary<string> = fc.tuple(
  fc.nat({ max: CORPUS.length - 1 }),
  fc.array(mutation, { minLength: 1, maxLength: 6 }),
).map(([i, ms]) => ms.reduce(applyMutation, CORPUS[i].source));
