/**
 * Shell-style wildcard matching of one path segment (`*`, `?`, `[seq]`,
 * `[!seq]`), with fnmatch's meaning, and of whole `/`-separated paths where a
 * `**` segment matches any number of segments. Used by glob, pathlib's
 * `match`/`glob`, shutil's `ignore_patterns` and the deny-globs of the path
 * guard. Matching never compiles to a regex: it is a linear scan with one
 * backtrack point per `*`, so no pattern can take exponential time.
 */

type Token =
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'any' }
  | { readonly t: 'star' }
  | { readonly t: 'set'; readonly negate: boolean; readonly items: readonly (readonly [string, string])[] };

const compiled = new Map<string, Token[]>();

/** Code points of `s` (a surrogate pair is one character, as in Python). */
function chars(s: string): string[] {
  return Array.from(s);
}

/** Parses `[...]` starting at `i` (the index of `[`); null when it does not close (then `[` is literal). */
function parseSet(cs: string[], i: number): { token: Token; next: number } | null {
  let j = i + 1;
  let negate = false;
  if (j < cs.length && cs[j] === '!') {
    negate = true;
    j++;
  }
  const items: [string, string][] = [];
  let first = true;
  while (j < cs.length && (cs[j] !== ']' || first)) {
    first = false;
    const lo = cs[j];
    if (j + 2 < cs.length && cs[j + 1] === '-' && cs[j + 2] !== ']') {
      items.push([lo, cs[j + 2]]);
      j += 3;
    } else {
      items.push([lo, lo]);
      j++;
    }
  }
  if (j >= cs.length) return null;
  return { token: { t: 'set', negate, items }, next: j + 1 };
}

function compile(pattern: string): Token[] {
  const hit = compiled.get(pattern);
  if (hit !== undefined) return hit;
  const cs = chars(pattern);
  const out: Token[] = [];
  for (let i = 0; i < cs.length;) {
    const c = cs[i];
    if (c === '*') {
      if (out.length === 0 || out[out.length - 1].t !== 'star') out.push({ t: 'star' });
      i++;
    } else if (c === '?') {
      out.push({ t: 'any' });
      i++;
    } else if (c === '[') {
      const set = parseSet(cs, i);
      if (set === null) {
        out.push({ t: 'char', c });
        i++;
      } else {
        out.push(set.token);
        i = set.next;
      }
    } else {
      out.push({ t: 'char', c });
      i++;
    }
  }
  if (compiled.size < 1024) compiled.set(pattern, out);
  return out;
}

function tokenMatches(tok: Token, ch: string): boolean {
  if (tok.t === 'any') return true;
  if (tok.t === 'char') return tok.c === ch;
  if (tok.t === 'set') {
    const cp = ch.codePointAt(0)!;
    let inside = false;
    for (const [lo, hi] of tok.items) {
      if (cp >= lo.codePointAt(0)! && cp <= hi.codePointAt(0)!) {
        inside = true;
        break;
      }
    }
    return inside !== tok.negate;
  }
  return false;
}

/** fnmatch.fnmatchcase(name, pattern): the whole name must match (case-sensitive). */
export function matchName(name: string, pattern: string): boolean {
  const toks = compile(pattern);
  const cs = chars(name);
  let ti = 0;
  let ci = 0;
  // The last `*` seen and the name position it currently covers up to: on a
  // mismatch the star absorbs one more character (classic greedy wildcard scan).
  let starTi = -1;
  let starCi = 0;
  while (ci < cs.length) {
    const tok = toks[ti];
    if (ti < toks.length && tok.t === 'star') {
      starTi = ti++;
      starCi = ci;
    } else if (ti < toks.length && tokenMatches(tok, cs[ci])) {
      ti++;
      ci++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      ci = ++starCi;
    } else {
      return false;
    }
  }
  while (ti < toks.length && toks[ti].t === 'star') ti++;
  return ti === toks.length;
}

/** True when the segment contains a wildcard (glob.has_magic). */
export function hasMagic(s: string): boolean {
  return /[*?[]/.test(s);
}

/**
 * Matches a `/`-separated relative path against a pattern whose `**`
 * segments match zero or more whole segments. `foldCase` compares
 * case-insensitively (for deny-globs on case-folding file systems).
 */
export function matchPath(path: string, pattern: string, foldCase: boolean): boolean {
  const p = foldCase ? path.toLowerCase() : path;
  const pat = foldCase ? pattern.toLowerCase() : pattern;
  const segs = p.split('/').filter((s) => s !== '');
  const pats = pat.split('/').filter((s) => s !== '');
  return matchSegments(segs, 0, pats, 0);
}

function matchSegments(segs: string[], si: number, pats: string[], pi: number): boolean {
  while (pi < pats.length) {
    if (pats[pi] === '**') {
      // Collapse runs of `**`, then try every split point.
      while (pi + 1 < pats.length && pats[pi + 1] === '**') pi++;
      if (pi === pats.length - 1) return true;
      for (let k = si; k <= segs.length; k++) {
        if (matchSegments(segs, k, pats, pi + 1)) return true;
      }
      return false;
    }
    if (si >= segs.length || !matchName(segs[si], pats[pi])) return false;
    si++;
    pi++;
  }
  return si === segs.length;
}
