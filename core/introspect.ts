/**
 * Reading signatures and docstrings of script values, for `help()` inside
 * scripts and for the library catalog. Only reads; never runs script code
 * except `repr` of default values and constants (charged like any repr).
 */
import { PyBuiltin, PyFunction, PyBoundMethod, PyClassMethod, PyStaticMethod, PyProperty } from './runtime/function.js';
import { PyClass, type Value } from './runtime/object.js';
import { PyModuleLike } from './runtime/attrs.js';
import { repr, typeOf } from './runtime/ops.js';
import type { Runtime } from './runtime/runtime.js';

/** A docstring as text ('' when there is none). */
export function docOf(v: Value): string {
  let doc: Value;
  if (v instanceof PyFunction) doc = v.doc;
  else if (v instanceof PyBuiltin) doc = v.doc;
  else if (v instanceof PyClass || v instanceof PyModuleLike) doc = v.dict.get('__doc__');
  else if (v instanceof PyBoundMethod) return docOf(v.func);
  else if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return docOf(v.func);
  else if (v instanceof PyProperty) return docOf(v.fget);
  return typeof doc === 'string' ? cleanDoc(doc) : '';
}

/** Removes the common indentation of a docstring's continuation lines (like inspect.cleandoc). */
export function cleanDoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = rest.length === 0 ? 0 : Math.min(...rest.map((l) => l.length - l.trimStart().length));
  const out = [lines[0].trim(), ...lines.slice(1).map((l) => l.slice(indent).trimEnd())];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  return out.join('\n');
}

/** The first paragraph of a docstring on one line. */
export function firstParagraph(doc: string): string {
  return doc.trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ');
}

/** `(a, b=1, *args, c, **kw)` for a script function. */
function functionSignature(rt: Runtime, f: PyFunction): string {
  const c = f.code;
  const parts: string[] = [];
  const firstDefault = c.argCount - f.defaults.length;
  for (let i = 0; i < c.argCount; i++) {
    const d = i >= firstDefault ? `=${repr(rt, f.defaults[i - firstDefault])}` : '';
    parts.push(`${c.paramNames[i]}${d}`);
    if (c.posonlyCount > 0 && i === c.posonlyCount - 1) parts.push('/');
  }
  let next = c.argCount + c.kwonlyCount;
  if (c.hasVarargs) parts.push(`*${c.paramNames[next++]}`);
  else if (c.kwonlyCount > 0) parts.push('*');
  for (let i = c.argCount; i < c.argCount + c.kwonlyCount; i++) {
    const name = c.paramNames[i];
    const d = f.kwdefaults?.get(name);
    parts.push(d === undefined ? name : `${name}=${repr(rt, d)}`);
  }
  if (c.hasKwargs) parts.push(`**${c.paramNames[next]}`);
  return `(${parts.join(', ')})`;
}

/** The parameter list of a callable, when it is known. */
export function signatureOf(rt: Runtime, v: Value): string | null {
  if (v instanceof PyFunction) return functionSignature(rt, v);
  if (v instanceof PyBuiltin) return v.textSignature;
  if (v instanceof PyBoundMethod || v instanceof PyClassMethod || v instanceof PyStaticMethod) return signatureOf(rt, v.func);
  return null;
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map((l) => (l === '' ? prefix.trimEnd() : prefix + l)).join('\n');
}

function moduleName(v: Value): string {
  if (v instanceof PyFunction) return typeof v.module === 'string' ? v.module : '__main__';
  if (v instanceof PyBuiltin) return v.module ?? 'builtins';
  if (v instanceof PyClass) return v.module;
  return 'builtins';
}

function callableEntry(rt: Runtime, name: string, v: Value, prefix: string): string[] {
  const sig = signatureOf(rt, v) ?? '(...)';
  const doc = docOf(v);
  return [`${prefix}${name}${sig}`, ...(doc === '' ? [] : [indent(doc, `${prefix}    `)]), prefix.trimEnd()];
}

function isCallableMember(v: Value): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyClassMethod || v instanceof PyStaticMethod;
}

function classHelp(rt: Runtime, cls: PyClass): string {
  const bases = cls.bases.map((b) => (b.module === '__main__' ? b.name : `${b.module}.${b.name}`)).join(', ');
  const lines = [`class ${cls.name}(${bases})`];
  const doc = docOf(cls);
  if (doc !== '') lines.push(indent(doc, ' |  '), ' |');
  const methods = [...cls.dict.entries()].filter(([n, v]) => isCallableMember(v) && (!n.startsWith('_') || n === '__init__'));
  if (methods.length > 0) {
    lines.push(' |  Methods defined here:', ' |');
    for (const [n, v] of methods.sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(...callableEntry(rt, n, v, ' |  '));
  }
  return lines.join('\n');
}

function moduleHelp(rt: Runtime, mod: PyModuleLike): string {
  const doc = docOf(mod);
  const lines = ['NAME', `    ${mod.name}${doc === '' ? '' : ` - ${doc.split('\n')[0]}`}`, ''];
  const rest = doc.split('\n').slice(1).join('\n').trim();
  if (rest !== '') lines.push('DESCRIPTION', indent(rest, '    '), '');
  const publicNames = [...mod.dict.keys()].filter((n) => !n.startsWith('_')).sort();
  const classes = publicNames.filter((n) => mod.dict.get(n) instanceof PyClass);
  const funcs = publicNames.filter((n) => isCallableMember(mod.dict.get(n)!));
  const data = publicNames.filter((n) => !classes.includes(n) && !funcs.includes(n) && !(mod.dict.get(n) instanceof PyModuleLike));
  if (classes.length > 0) {
    lines.push('CLASSES');
    for (const n of classes) {
      const d = firstParagraph(docOf(mod.dict.get(n)!));
      lines.push(`    ${n}`, ...(d === '' ? [] : [`        ${d}`]), '');
    }
  }
  if (funcs.length > 0) {
    lines.push('FUNCTIONS');
    for (const n of funcs) lines.push(...callableEntry(rt, n, mod.dict.get(n)!, '    '));
  }
  if (data.length > 0) {
    lines.push('DATA');
    for (const n of data) {
      const r = repr(rt, mod.dict.get(n)!);
      lines.push(`    ${n} = ${r.length > 70 ? `${r.slice(0, 67)}...` : r}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The text `help(v)` prints (pydoc's layout, simplified). */
export function helpText(rt: Runtime, v: Value): string {
  if (v instanceof PyModuleLike) return `Help on module ${v.name}:\n\n${moduleHelp(rt, v)}\n`;
  if (v instanceof PyClass) return `Help on class ${v.name} in module ${v.module}:\n\n${classHelp(rt, v)}\n`;
  if (v instanceof PyFunction || v instanceof PyBuiltin) {
    const kind = v instanceof PyBuiltin ? 'built-in function' : 'function';
    return `Help on ${kind} ${v.name} in module ${moduleName(v)}:\n\n${callableEntry(rt, v.name, v, '').join('\n')}\n`;
  }
  if (v instanceof PyBoundMethod) {
    const f = v.func;
    const name = f instanceof PyFunction || f instanceof PyBuiltin ? f.name : 'method';
    return `Help on method ${name}:\n\n${callableEntry(rt, name, f, '').join('\n')}\n`;
  }
  const cls = typeOf(v);
  return `Help on ${cls.name} object:\n\n${classHelp(rt, cls)}\n`;
}
