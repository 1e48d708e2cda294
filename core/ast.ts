/**
 * The abstract syntax tree: a typed discriminated union (`kind`) that mirrors
 * CPython's `ast` module closely, so Python's documentation describes it.
 *
 * Produced by the parser, read by the resolver and the compiler; never mutated
 * after parsing except by the resolver, which fills in the `scope`/`slot`
 * annotations it documents. Positions: `line` is 1-based, `col` is the 0-based
 * code-point offset in that line (as CPython's `col_offset`, but in code points).
 */

export interface Pos {
  line: number;
  col: number;
}

// ---------------------------------------------------------------- expressions

export type BinOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type UnaryOpName = '-' | '+' | '~' | 'not';
export type CmpOpName = '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export interface Name extends Pos { kind: 'Name'; id: string }
export interface IntLit extends Pos { kind: 'Int'; value: bigint }
export interface FloatLit extends Pos { kind: 'Float'; value: number }
/** `1j`-style literals; parsed so the compiler can refuse them clearly. */
export interface ImagLit extends Pos { kind: 'Imag'; value: number }
export interface StrLit extends Pos { kind: 'Str'; value: string }
export interface BytesLit extends Pos { kind: 'Bytes'; value: Uint8Array }
export interface BoolLit extends Pos { kind: 'Bool'; value: boolean }
export interface NoneLit extends Pos { kind: 'None' }
export interface EllipsisLit extends Pos { kind: 'Ellipsis' }

/** One `{...}` field of an f-string. `spec` is itself an f-string (it may nest fields). */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue';
  value: Expr;
  conversion: 'r' | 's' | 'a' | null;
  spec: FString | null;
}
/**
 * An f-string (possibly the concatenation of several adjacent literals).
 * Literal text parts are plain strings. The `=` debug form is expanded by the
 * parser into a literal part holding the expression text and `=`, followed by
 * the field (with conversion `'r'` when neither a conversion nor a spec is given).
 */
export interface FString extends Pos { kind: 'FString'; parts: (string | FormattedValue)[] }

export interface BinOp extends Pos { kind: 'BinOp'; op: BinOpName; left: Expr; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOpName; operand: Expr }
export interface BoolOp extends Pos { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[] }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] }

/** A keyword argument in a call or class header; `arg === null` means `**value`. */
export interface Keyword extends Pos { kind: 'Keyword'; arg: string | null; value: Expr }
/** `args` may contain `Starred` entries for `*iterable`. */
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string }
/** `slice` is any expression, a `Slice`, or a `Tuple` that may contain `Slice`s. */
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface Starred extends Pos { kind: 'Starred'; value: Expr }

export interface ListExpr extends Pos { kind: 'List'; elts: Expr[] }
export interface TupleExpr extends Pos { kind: 'Tuple'; elts: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
/** `keys[i] === null` means `**values[i]` unpacking. */
export interface DictExpr extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }

export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[]; scope?: unknown }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[]; scope?: unknown }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; scope?: unknown }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; scope?: unknown }

export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr; scope?: unknown }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }

export type Expr =
  | Name | IntLit | FloatLit | ImagLit | StrLit | BytesLit | BoolLit | NoneLit | EllipsisLit
  | FString | FormattedValue
  | BinOp | UnaryOp | BoolOp | Compare
  | Call | Attribute | Subscript | Slice | Starred
  | ListExpr | TupleExpr | SetExpr | DictExpr
  | ListComp | SetComp | DictComp | GeneratorExp
  | IfExp | Lambda | NamedExpr | Yield | YieldFrom;

// ------------------------------------------------------------------ functions

export interface Arg extends Pos { kind: 'Arg'; name: string; annotation: Expr | null }
/**
 * A parameter list, as CPython's `ast.arguments`: `defaults` belong to the last
 * `defaults.length` of `posonlyargs + args`; `kwDefaults[i]` (or null) to `kwonlyargs[i]`.
 */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

// ------------------------------------------------------------------- patterns

export interface MatchValue extends Pos { kind: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Pos { kind: 'MatchSingleton'; value: true | false | null }
export interface MatchSequence extends Pos { kind: 'MatchSequence'; patterns: Pattern[] }
/** `rest` is the name bound by `**rest`, if any. */
export interface MatchMapping extends Pos { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
/** `*name` (or `*_` with name null) inside a sequence pattern. */
export interface MatchStar extends Pos { kind: 'MatchStar'; name: string | null }
/** `pattern as name`, a bare capture (`pattern` null), or the wildcard `_` (both null). */
export interface MatchAs extends Pos { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { kind: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ----------------------------------------------------------------- statements

export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
/** `a = b = value` has targets `[a, b]`. */
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: BinOpName; value: Expr }
/** `simple` is true when the target is a bare name (not parenthesized). */
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }

/** `name` is dotted (`os.path`); `asname` is the `as` alias; `name === '*'` only in ImportFrom. */
export interface Alias extends Pos { kind: 'Alias'; name: string; asname: string | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
/** `from ..pkg.mod import a as b`: module `'pkg.mod'` (or null for `from . import x`), level 2. */
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }

export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface Try extends Pos {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface WithItem { contextExpr: Expr; optionalVars: Expr | null }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }

export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  scope?: unknown;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  scope?: unknown;
}

export interface MatchCase { pattern: Pattern; guard: Expr | null; body: Stmt[] }
export interface Match extends Pos { kind: 'Match'; subject: Expr; cases: MatchCase[] }

export type Stmt =
  | ExprStmt | Assign | AugAssign | AnnAssign | Delete
  | Pass | Break | Continue | Return | Raise | Global | Nonlocal | Assert
  | Import | ImportFrom
  | If | While | For | Try | With
  | FunctionDef | ClassDef | Match;

export interface Module { kind: 'Module'; body: Stmt[]; filename: string; scope?: unknown }

export type Node = Expr | Stmt | Pattern | Module | Arg | ExceptHandler;
