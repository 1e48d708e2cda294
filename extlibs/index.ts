/**
 * The extended libraries: capability modules that exist only when a host
 * registers them (see registry/). One file per library; each guard lives in
 * one shared file (paths, URLs, commands).
 */
import type { LibraryDefinition } from '../registry/definition.js';
import { envLibrary } from './env.js';
import { filesystemLibrary } from './filesystem.js';
import { loggingLibrary } from './logging.js';
import { secretsLibrary } from './secrets.js';
import { tomlLibrary } from './toml.js';
import { yamlLibrary } from './yaml.js';
import { sysLibrary } from './sys.js';
import { requestsLibrary } from './requests.js';
import { subprocessLibrary } from './subprocess.js';
import { waitForLibrary } from './wait-for.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const EXTLIBS: LibraryDefinition<any>[] = [
  envLibrary,
  filesystemLibrary,
  loggingLibrary,
  secretsLibrary,
  tomlLibrary,
  yamlLibrary,
  sysLibrary,
  requestsLibrary,
  subprocessLibrary,
  waitForLibrary,
];
