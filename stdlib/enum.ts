/**
 * The `enum` module (to be implemented).
 */
import type { ModuleDef } from '../core/modules.js';

export const modules: ModuleDef[] = [];
