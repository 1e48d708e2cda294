/**
 * The pure standard library: modules every script can import without the
 * host registering anything. None of them reaches the file system, the
 * network, the environment or a process. One file per module (a file may also
 * define the module's submodules, e.g. `urllib.parse` in urllib.ts).
 */
import type { ModuleDef } from '../core/modules.js';
import { modules as mathModules } from './math.js';
import { modules as statisticsModules } from './statistics.js';
import { modules as randomModules } from './random.js';
import { modules as uuidModules } from './uuid.js';
import { modules as hashlibModules } from './hashlib.js';
import { modules as hmacModules } from './hmac.js';
import { modules as jsonModules } from './json.js';
import { modules as ioModules } from './io.js';
import { modules as reModules } from './re.js';
import { modules as stringModules } from './string.js';
import { modules as textwrapModules } from './textwrap.js';
import { modules as htmlModules } from './html.js';
import { modules as difflibModules } from './difflib.js';
import { modules as collectionsModules } from './collections.js';
import { modules as itertoolsModules } from './itertools.js';
import { modules as functoolsModules } from './functools.js';
import { modules as operatorModules } from './operator.js';
import { modules as copyModules } from './copy.js';
import { modules as heapqModules } from './heapq.js';
import { modules as bisectModules } from './bisect.js';
import { modules as datetimeModules } from './datetime.js';
import { modules as timeModules } from './time.js';
import { modules as calendarModules } from './calendar.js';
import { modules as dataclassesModules } from './dataclasses.js';
import { modules as enumModules } from './enum.js';
import { modules as typingModules } from './typing.js';
import { modules as abcModules } from './abc.js';
import { modules as contextlibModules } from './contextlib.js';
import { modules as platformModules } from './platform.js';
import { modules as base64Modules } from './base64.js';
import { modules as urllibModules } from './urllib.js';

const MODULES: ModuleDef[] = [
  ...mathModules,
  ...statisticsModules,
  ...randomModules,
  ...uuidModules,
  ...hashlibModules,
  ...hmacModules,
  ...jsonModules,
  ...ioModules,
  ...reModules,
  ...stringModules,
  ...textwrapModules,
  ...htmlModules,
  ...difflibModules,
  ...collectionsModules,
  ...itertoolsModules,
  ...functoolsModules,
  ...operatorModules,
  ...copyModules,
  ...heapqModules,
  ...bisectModules,
  ...datetimeModules,
  ...timeModules,
  ...calendarModules,
  ...dataclassesModules,
  ...enumModules,
  ...typingModules,
  ...abcModules,
  ...contextlibModules,
  ...platformModules,
  ...base64Modules,
  ...urllibModules,
];

const byName = new Map(MODULES.map((m) => [m.name, m]));

/** The standard-library module called `name`, if there is one. */
export function stdlibModule(name: string): ModuleDef | undefined {
  return byName.get(name);
}

/** Every standard-library module definition (for catalogs and docs). */
export function stdlibModules(): readonly ModuleDef[] {
  return MODULES;
}
