/**
 * The one URL guard of the network libraries (requests, wait_for).
 *
 * A URL is parsed once, with WHATWG `URL`, and the parsed parts are what the
 * worker connects to: parsers disagree on inputs like `http://a:80\@b:9/`, so
 * a second parse could pick another host. The policy then has two halves:
 *
 * - here, on the script's thread: only http/https, no userinfo, and an exact
 *   scheme + host + port match (plus optional path prefix) with an origin the
 *   host allow-listed;
 * - in the worker, at connect time: every address a host *name* resolves to is
 *   classified by `classifyAddress` (injected into the worker by its source
 *   text, so there is one implementation) and loopback/private/link-local/...
 *   addresses are refused unless the host said so. Checking inside the
 *   connection's own `lookup` makes the checked address the connected one,
 *   which defeats DNS rebinding.
 *
 * IP-literal hosts need no lookup: a literal URL passes only when the host
 * allow-listed exactly that literal origin, which is the explicit opt-in the
 * threat model asks for (WHATWG already turned `127.1`, `2130706433`,
 * `0x7f.1` and `[::ffff:127.0.0.1]` into their canonical forms).
 */
import { isIP } from 'node:net';
import { RegistrationError } from '../core/errors.js';

/**
 * Why an IP address is not public (a short label), or null for a public
 * address. Accepts any textual IPv4 (dotted quad) or IPv6 form, with or
 * without brackets; anything unparsable is refused as 'invalid'.
 *
 * Self-contained on purpose: its source text is injected into the worker
 * (`classifyAddress.toString()`), so it may use no imports, no outer names and
 * no helpers a compiler could hoist out of it.
 */
export function classifyAddress(address: string): string | null {
  let text = address.trim().toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);

  // Dotted quad -> 32-bit number, or -1 when `s` is not exactly one.
  const parseV4 = (s: string): number => {
    const parts = s.split('.');
    if (parts.length !== 4) return -1;
    let n = 0;
    for (const p of parts) {
      if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return -1;
      n = n * 256 + Number(p);
    }
    return n;
  };
  const inV4 = (n: number, base: string, bits: number): boolean => {
    const size = 2 ** (32 - bits);
    return Math.floor(n / size) === Math.floor(parseV4(base) / size);
  };
  const classifyV4 = (n: number): string | null => {
    if (n === parseV4('169.254.169.254')) return 'metadata';
    if (n === parseV4('100.100.100.200')) return 'metadata';
    const ranges: [string, number, string][] = [
      ['0.0.0.0', 8, 'this-network'], ['10.0.0.0', 8, 'private'], ['100.64.0.0', 10, 'shared'],
      ['127.0.0.0', 8, 'loopback'], ['169.254.0.0', 16, 'link-local'], ['172.16.0.0', 12, 'private'],
      ['192.0.0.0', 24, 'reserved'], ['192.0.2.0', 24, 'reserved'], ['192.88.99.0', 24, 'reserved'],
      ['192.168.0.0', 16, 'private'], ['198.18.0.0', 15, 'reserved'], ['198.51.100.0', 24, 'reserved'],
      ['203.0.113.0', 24, 'reserved'], ['224.0.0.0', 4, 'multicast'], ['240.0.0.0', 4, 'reserved'],
    ];
    for (const [base, bits, label] of ranges) if (inV4(n, base, bits)) return label;
    return null;
  };

  const v4 = parseV4(text);
  if (v4 >= 0) return classifyV4(v4);

  // IPv6 -> eight 16-bit groups (an IPv4 tail counts as two), or null.
  const parseV6 = (s: string): number[] | null => {
    if (!/^[0-9a-f:.]+$/.test(s)) return null;
    const halves = s.split('::');
    if (halves.length > 2) return null;
    const groupsOf = (part: string): number[] | null => {
      if (part === '') return [];
      const out: number[] = [];
      const items = part.split(':');
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (i === items.length - 1 && item.includes('.')) {
          const tail = parseV4(item);
          if (tail < 0) return null;
          out.push(Math.floor(tail / 65536), tail % 65536);
        } else if (/^[0-9a-f]{1,4}$/.test(item)) {
          out.push(parseInt(item, 16));
        } else {
          return null;
        }
      }
      return out;
    };
    const head = groupsOf(halves[0]);
    const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
    if (head === null || tail === null) return null;
    if (halves.length === 1) return head.length === 8 ? head : null;
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return null;
    return [...head, ...new Array(fill).fill(0), ...tail];
  };
  const g = parseV6(text);
  if (g === null) return 'invalid';
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // Forms that carry an IPv4 address are refused whatever it is; a non-public one keeps its own label
  // (so ::ffff:169.254.169.254 stays 'metadata', which allowPrivate never lifts).
  const embedding = (hi: number, lo: number, label: string): string => classifyV4(hi * 65536 + lo) ?? label;
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return embedding(g[6], g[7], 'ipv4-embedded'); // mapped, compatible
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedding(g[6], g[7], 'nat64');
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'nat64';
  if (g[0] === 0x100 && zeros(1, 4)) return 'reserved';
  if (g[0] === 0x2001 && g[1] < 0x200) return 'reserved'; // 2001::/23: Teredo, benchmarking, ORCHID...
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved';
  if (g[0] === 0x2002) return embedding(g[1], g[2], 'ipv4-embedded'); // 6to4
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && zeros(2, 7) && g[7] === 0x254) return 'metadata';
  if ((g[0] & 0xfe00) === 0xfc00) return 'private';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'private';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/**
 * Whether `allowPrivate` may lift a classification. Link-local ranges and the
 * cloud metadata addresses stay refused: reaching them takes an allow-listed
 * IP-literal origin. Shared with the worker through the job's data.
 */
export const LIFTED_BY_ALLOW_PRIVATE: readonly string[] = ['this-network', 'private', 'shared', 'loopback', 'unspecified', 'ipv4-embedded', 'nat64'];

/** One allow-list entry: an exact origin and an optional path prefix. */
interface AllowedOrigin {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  /** '' for the whole origin; otherwise the path must equal it or continue it at a '/'. */
  readonly pathPrefix: string;
}

/** What the worker needs to connect: already-parsed parts, never a string to parse again. */
export interface Target {
  readonly url: URL;
  readonly protocol: 'http:' | 'https:';
  /** Host name or IP address without brackets. */
  readonly host: string;
  readonly port: number;
  /** Path and query, as sent on the request line. */
  readonly path: string;
  /** Addresses a host name resolves to that the worker accepts: 'public' or also 'private'. */
  readonly resolve: 'literal' | 'public' | 'private';
}

/** A refusal by the guard (not a JS Error: no stack, no host detail). */
export class UrlRefused {
  constructor(
    /** 'invalid' (not a URL), 'scheme' (not http/https), 'denied' (not allowed). */
    readonly kind: 'invalid' | 'scheme' | 'denied',
  ) {}
}

/** Parses one allow-list entry; throws RegistrationError for anything but an http(s) origin (+ path). */
export function parseAllowedOrigin(entry: string): AllowedOrigin {
  let u: URL;
  try {
    u = new URL(entry);
  } catch {
    throw new RegistrationError(`allowed origin '${entry}' is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new RegistrationError(`allowed origin '${entry}' must be http or https`);
  if (u.username !== '' || u.password !== '') throw new RegistrationError(`allowed origin '${entry}' must not contain credentials`);
  if (u.search !== '' || u.hash !== '') throw new RegistrationError(`allowed origin '${entry}' must not have a query or fragment`);
  const pathPrefix = u.pathname === '/' ? '' : u.pathname;
  return { protocol: u.protocol, hostname: u.hostname, port: u.port, pathPrefix };
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

function pathMatches(pathname: string, prefix: string): boolean {
  if (prefix === '') return true;
  // Encoded slashes could let a server see a path outside the prefix that WHATWG did not normalise.
  if (/%2f|%5c/i.test(pathname)) return false;
  if (prefix.endsWith('/')) return pathname.startsWith(prefix);
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export interface UrlGuardOptions {
  readonly allow: readonly string[];
  readonly allowPrivate: boolean;
}

/** The allow-list policy of one library instance. */
export class UrlGuard {
  private readonly origins: AllowedOrigin[];

  constructor(private readonly options: UrlGuardOptions) {
    this.origins = options.allow.map(parseAllowedOrigin);
  }

  /** Checks a URL the script gave (absolute); returns where to connect or the refusal. */
  check(raw: string): Target | UrlRefused {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return new UrlRefused('invalid');
    }
    return this.checkParsed(url);
  }

  /**
   * Checks a redirect's `Location` against the URL that answered: resolved
   * relative to it, the full policy again, and no change of scheme.
   */
  checkRedirect(from: URL, location: string): Target | UrlRefused {
    let url: URL;
    try {
      url = new URL(location, from);
    } catch {
      return new UrlRefused('denied');
    }
    if (url.protocol !== from.protocol) return new UrlRefused('denied');
    return this.checkParsed(url);
  }

  private checkParsed(url: URL): Target | UrlRefused {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return new UrlRefused('scheme');
    if (url.username !== '' || url.password !== '') return new UrlRefused('denied');
    const allowed = this.origins.some((o) => o.protocol === url.protocol && o.hostname === url.hostname
      && o.port === url.port && pathMatches(url.pathname, o.pathPrefix));
    if (!allowed) return new UrlRefused('denied');
    const host = bareHost(url.hostname);
    const literal = isIP(host) !== 0;
    return {
      url,
      protocol: url.protocol,
      host,
      port: url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      resolve: literal ? 'literal' : this.options.allowPrivate ? 'private' : 'public',
    };
  }
}
