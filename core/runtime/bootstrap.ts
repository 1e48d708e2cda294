/**
 * Loads every builtin type's method table, in one explicit order, before any
 * script runs. Importing this module is what makes the runtime complete.
 */
import { installObjectMethods } from './methods/object.js';
import { installExceptionMethods } from './methods/exceptions.js';
import { installIteratorMethods } from './methods/iterators.js';
import { installNumberMethods } from './methods/numbers.js';
import { installListMethods } from './methods/list.js';
import { installTupleMethods } from './methods/tuple.js';
import { installDictMethods } from './methods/dict.js';
import { installSetMethods } from './methods/set.js';
import { installRangeMethods } from './methods/range.js';
import { installStrMethods } from './methods/str.js';
import { installBytesMethods } from './methods/bytes.js';
import { ByteArrayType, None } from './types.js';

installObjectMethods();
installExceptionMethods();
installIteratorMethods();
installNumberMethods();
installListMethods();
installTupleMethods();
installDictMethods();
installSetMethods();
installRangeMethods();
installStrMethods();
installBytesMethods();
if (!ByteArrayType.dict.has('__hash__')) ByteArrayType.dict.set('__hash__', None);

export const runtimeReady = true;
