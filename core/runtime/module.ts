/**
 * Module objects. Every interpreter builds its own module objects, so a
 * script that changes `math.pi` changes nothing for another interpreter.
 */
import type { Value } from './object.js';
import { ModuleType } from './types.js';
import { PyModuleLike } from './attrs.js';

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
