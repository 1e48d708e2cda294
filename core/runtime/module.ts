/**
 * Module objects. Every interpreter builds its own module objects, so a
 * script that changes `math.pi` changes nothing for another interpreter.
 */
import type { Cell, Value } from './object.js';
import { ModuleType } from './types.js';
import { PyModuleLike } from './attrs.js';
import type { Namespace } from './runtime.js';

export class PyModule extends PyModuleLike {
  readonly dict: Map<string, Value>;
  constructor(readonly name: string, dict?: Map<string, Value>, doc: string | null = null) {
    super();
    this.dict = dict ?? new Map();
    this.dict.set('__name__', name);
    if (!this.dict.has('__doc__')) this.dict.set('__doc__', doc ?? null);
  }
}
PyModule.prototype.cls = ModuleType;

/**
 * A module's attribute table seen through its global namespace, so a module
 * written in Python and its attributes stay one and the same (`global x` in a
 * module function changes `module.x`, and `module.x = 1` changes the global).
 */
export class NamespaceMap extends Map<string, Value> {
  constructor(private readonly ns: Namespace) {
    super();
  }
  override get(k: string): Value | undefined {
    return this.ns.cells.get(k)?.v;
  }
  override has(k: string): boolean {
    return this.ns.cells.get(k)?.v !== undefined;
  }
  override set(k: string, v: Value): this {
    this.ns.cell(k).v = v;
    return this;
  }
  override delete(k: string): boolean {
    const c = this.ns.cells.get(k);
    if (c === undefined || c.v === undefined) return false;
    c.v = undefined as unknown as Value;
    return true;
  }
  override clear(): void {
    for (const c of this.ns.cells.values()) c.v = undefined as unknown as Value;
  }
  override get size(): number {
    let n = 0;
    for (const c of this.ns.cells.values()) if (c.v !== undefined) n++;
    return n;
  }
  private bound(): [string, Cell][] {
    return [...this.ns.cells].filter(([, c]) => c.v !== undefined);
  }
  override *entries(): MapIterator<[string, Value]> {
    for (const [k, c] of this.bound()) yield [k, c.v];
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.bound()) yield k;
  }
  override *values(): MapIterator<Value> {
    for (const [, c] of this.bound()) yield c.v;
  }
  override [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
  override forEach(fn: (v: Value, k: string, m: Map<string, Value>) => void): void {
    for (const [k, c] of this.bound()) fn(c.v, k, this);
  }
}
