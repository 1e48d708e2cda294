/**
 * Loads chevrotain from its prebuilt single-file bundle. The package's entry
 * point pulls in hundreds of lodash-es modules (~250 ms of start-up); the
 * bundle shipped in the same package imports in ~15 ms. It is not exposed
 * through the package's `exports`, so it is located next to the resolved entry.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Chevrotain from 'chevrotain';

const entry = createRequire(import.meta.url).resolve('chevrotain');
// entry is <pkg>/lib/src/api.js; the bundle is <pkg>/lib/chevrotain.mjs.
const bundle = pathToFileURL(join(dirname(entry), '..', 'chevrotain.mjs')).href;
const chevrotain = (await import(bundle)) as typeof Chevrotain;

export const { createToken, Lexer, EmbeddedActionsParser, EOF, LLkLookaheadStrategy } = chevrotain;
export type {
  CustomPatternMatcherReturn, IToken, TokenType, ILookaheadStrategy, IRecognitionException,
} from 'chevrotain';
export type Lexer = Chevrotain.Lexer;
