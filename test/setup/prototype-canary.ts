// Runs around every test file: no script, in any suite, may change a JavaScript
// prototype or global (Object.prototype, Array.prototype, Function.prototype, ...).
import { afterAll, expect } from 'vitest';
import { canaryDiff, takeCanary } from '../security-helpers.js';

const canary = takeCanary();

afterAll(() => {
  expect(canaryDiff(canary), 'JavaScript prototypes or globals changed during this file').toEqual([]);
});
