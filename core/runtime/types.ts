/**
 * The builtin type objects. They are created here, empty, and shared by every
 * interpreter (they are immutable to scripts); the modules that implement each
 * type fill in their method tables. This module depends only on `object.ts`,
 * so every other runtime module can import it without import cycles.
 */
import { PyClass, PySingleton } from './object.js';

export const ObjectType = new PyClass('object', [], { builtin: true, instanceDict: false });
export const TypeType = new PyClass('type', [ObjectType], { builtin: true, instanceDict: false });
ObjectType.cls = TypeType;
TypeType.cls = TypeType;
TypeType.layout = TypeType; // metaclasses cannot mix in another builtin layout (class M(type, list))

/** Creates a builtin type whose instances use their own JS representation. */
export function builtinType(name: string, base: PyClass = ObjectType, opts: { module?: string; subclassable?: boolean } = {}): PyClass {
  const t = new PyClass(name, [base], { builtin: true, instanceDict: false, module: opts.module });
  t.layout = t;
  t.cls = TypeType;
  if (opts.subclassable === false) notSubclassable.add(t);
  return t;
}

/** Types that cannot be used as a base class (`bool`, `NoneType`, ...). */
export const notSubclassable = new Set<PyClass>();

export const IntType = builtinType('int');
export const BoolType = builtinType('bool', IntType, { subclassable: false });
BoolType.layout = IntType;
export const FloatType = builtinType('float');
export const ComplexType = builtinType('complex', ObjectType, { subclassable: false });
export const StrType = builtinType('str');
export const BytesType = builtinType('bytes');
export const ByteArrayType = builtinType('bytearray');
export const ListType = builtinType('list');
export const TupleType = builtinType('tuple');
export const DictType = builtinType('dict');
export const SetType = builtinType('set');
export const FrozenSetType = builtinType('frozenset');
export const RangeType = builtinType('range', ObjectType, { subclassable: false });
export const SliceType = builtinType('slice', ObjectType, { subclassable: false });
export const NoneType = builtinType('NoneType', ObjectType, { subclassable: false });
export const NotImplementedType = builtinType('NotImplementedType', ObjectType, { subclassable: false });
export const EllipsisType = builtinType('ellipsis', ObjectType, { subclassable: false });
export const FunctionType = builtinType('function', ObjectType, { subclassable: false });
export const BuiltinFunctionType = builtinType('builtin_function_or_method', ObjectType, { subclassable: false });
export const MethodType = builtinType('method', ObjectType, { subclassable: false });
export const ClassMethodType = builtinType('classmethod');
export const StaticMethodType = builtinType('staticmethod');
export const PropertyType = builtinType('property');
export const SuperType = builtinType('super');
export const GeneratorType = builtinType('generator', ObjectType, { subclassable: false });
export const ModuleType = builtinType('module');
export const IteratorType = builtinType('iterator', ObjectType, { subclassable: false });
export const CellType = builtinType('cell', ObjectType, { subclassable: false });
export const MappingProxyType = builtinType('mappingproxy', ObjectType, { subclassable: false });

/** The three singletons. */
export const None = new PySingleton('None');
None.cls = NoneType;
export const NotImplemented = new PySingleton('NotImplemented');
NotImplemented.cls = NotImplementedType;
export const Ellipsis = new PySingleton('Ellipsis');
Ellipsis.cls = EllipsisType;
