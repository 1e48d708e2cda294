/**
 * The CLI's V8 start-up snapshot. `npm run build` runs the CLI bundle under
 * `node --build-snapshot` (cli/build.mjs); instead of running a command, the
 * bundle then warms itself up here (builds the chevrotain parser, compiles and
 * runs a small program that reaches the common parts of the grammar, compiler
 * and runtime) and registers `start` as the function node calls when a process
 * starts from the snapshot (the `sandling` shell launcher does that). A start
 * then deserializes this heap instead of evaluating the bundle, recording the
 * grammar and compiling the same functions again.
 *
 * Nothing that depends on the process may be captured here: the environment,
 * the arguments and the install location are read when `start` runs.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { warmUpParser } from '../core/parser.js';
import { forgetCompiledPrograms } from '../core/compiler/index.js';
import { setEntryUrl } from './entry-url.js';
import { nodeV8 } from '../core/node-modules.js';
import { writeAll } from './output.js';

const WARM_UP = `
import json, math
from collections import defaultdict

class Point:
    def __init__(self, x, y=0, *rest, **named):
        self.x, self.y = x, y

    def norm(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>3})"

def counts(words):
    table = defaultdict(int)
    for w in words:
        table[w.lower()] += 1
    return sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))

total = 0
for i in range(100):
    if i % 3 == 0 and not i % 5:
        total += i
    elif i > 90:
        break
points = [Point(i, -i) for i in range(5)]
lookup = {str(p): p.norm() for p in points if p.x}
try:
    {}["missing"]
except (KeyError, ValueError) as e:
    message = str(e)
finally:
    done = True
with_args = [*range(3), *"ab"]
text = "-".join(w for w in "a b a".split()) + json.dumps({"k": [1, 2.5, None]})
print(total, points[1], counts(["a", "B", "b"]), len(lookup), message, text, with_args[-1:])
`;

/** Warms the CLI up for the snapshot and makes `start` the snapshot's entry point. */
export function prepareSnapshot(main: (argv: string[]) => unknown, start: () => void): void {
  warmUpParser();
  // Through the command line itself: option parsing, the run and the output path get compiled too.
  main(['-c', WARM_UP]);
  // The warm-up program is not worth its place in the snapshot (start-up time grows with its size).
  forgetCompiledPrograms();
  nodeV8().startupSnapshot.setDeserializeMainFunction(() => {
    // The launcher passes the path of dist/sandling.cjs as node's script argument:
    // workers (the REPL) start from it, wherever the package is installed now.
    const launcher = process.argv[1];
    if (launcher === undefined || basename(launcher) !== 'sandling.cjs') {
      // Started by hand without it: the command's own arguments would be misread.
      writeAll(2, 'sandling: start this snapshot through the sandling command (dist/sandling)\n');
      process.exit(2);
    }
    setEntryUrl(pathToFileURL(launcher).href);
    start();
  });
}
