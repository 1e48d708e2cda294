/**
 * The `urllib` package with its `urllib.parse` module: URL splitting and
 * joining (RFC 3986, with CPython 3.11's quirks and result named tuples),
 * percent-encoding (`quote`, `unquote`, `urlencode`...) and query-string
 * parsing, with CPython's output and errors. Pure string processing: nothing
 * here reaches the network (`urllib.request` does not exist in Sandling).
 *
 * The logic is Python source; the byte-level loops of quoting and unquoting
 * and the NFKC check of host names are native (`_urllib`).
 */
import type { ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { PyBytes, PyList } from '../core/runtime/values.js';
import { bytesLike } from '../core/runtime/methods/bytes.js';
import { typeError } from '../core/runtime/exceptions.js';
import { typeName } from '../core/runtime/ops.js';
import type { Runtime } from '../core/runtime/runtime.js';
import type { Value } from '../core/runtime/object.js';

const ALWAYS_SAFE = new Set(Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~', (c) => c.charCodeAt(0)));
const HEX_UPPER = '0123456789ABCDEF';

function needBytes(v: Value, fname: string): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`${fname}() argument must be bytes, not ${typeName(v)}`);
  return b;
}

/** `%XX`-escapes every byte that is neither always safe nor in `safe`. */
function quoteBytes(rt: Runtime, bs: Uint8Array, safe: Uint8Array): string {
  const extra = new Set(safe);
  rt.checkValueSize(bs.length * 3, 'quoted string');
  rt.charge(bs.length >> 3);
  let out = '';
  for (const b of bs) {
    if (ALWAYS_SAFE.has(b) || (b < 128 && extra.has(b))) out += String.fromCharCode(b);
    else out += '%' + HEX_UPPER[b >> 4] + HEX_UPPER[b & 15];
  }
  rt.allocate(out.length);
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Replaces each `%XX` (two hex digits) by its byte; other `%` stay as they are. */
function unquoteBytes(rt: Runtime, bs: Uint8Array): Uint8Array {
  rt.charge(bs.length >> 3);
  const out = new Uint8Array(bs.length);
  let o = 0;
  for (let i = 0; i < bs.length; i++) {
    if (bs[i] === 37 && i + 2 < bs.length) {
      const hi = hexDigit(bs[i + 1]);
      const lo = hexDigit(bs[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[o++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[o++] = bs[i];
  }
  rt.allocate(o);
  return out.slice(0, o);
}

/** Splits a str into alternating runs: non-ASCII, ASCII, non-ASCII, ... (first and last may be empty). */
function asciiRuns(rt: Runtime, s: string): PyList {
  rt.charge(s.length >> 4);
  const parts: string[] = [];
  const re = /[\x00-\x7f]+/g;
  let prev = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    parts.push(s.slice(prev, m.index), m[0]);
    prev = m.index + m[0].length;
  }
  parts.push(s.slice(prev));
  return new PyList(parts);
}

const nativeHelpers: ModuleDef = {
  name: '_urllib',
  summary: 'Native helpers of urllib.parse: percent-encoding loops and NFKC normalization.',
  build: () => ({
    quote_bytes: nativeFunction('_urllib', 'quote_bytes', ['bs', 'safe'], (rt, [bs, safe]) =>
      quoteBytes(rt, needBytes(bs, 'quote_bytes'), needBytes(safe, 'quote_bytes')),
    'Percent-encodes the bytes bs, leaving unreserved characters and those in safe.'),
    unquote_bytes: nativeFunction('_urllib', 'unquote_bytes', ['bs'], (rt, [bs]) =>
      new PyBytes(unquoteBytes(rt, needBytes(bs, 'unquote_bytes'))),
    'Decodes %XX escapes in the bytes bs.'),
    ascii_runs: nativeFunction('_urllib', 'ascii_runs', ['s'], (rt, [s]) => {
      if (typeof s !== 'string') throw typeError(`ascii_runs() argument must be str, not ${typeName(s)}`);
      return asciiRuns(rt, s);
    }, 'Splits s into alternating non-ASCII and ASCII runs.'),
    nfkc: nativeFunction('_urllib', 'nfkc', ['s'], (rt, [s]) => {
      if (typeof s !== 'string') throw typeError(`nfkc() argument must be str, not ${typeName(s)}`);
      rt.charge(s.length >> 4);
      return s.normalize('NFKC');
    }, 'The NFKC normalization of s.'),
  }),
};

const PACKAGE_SOURCE = String.raw`"""URL handling: urllib.parse splits, joins and quotes URLs.

Sandling has no network access, so urllib.request and urllib.error do not exist.
"""
`;

const PARSE_SOURCE = String.raw`"""Parse (absolute and relative) URLs.

urlparse module is based upon the following RFC specifications.

RFC 3986 (STD66): "Uniform Resource Identifiers" by T. Berners-Lee, R. Fielding
and L.  Masinter, January 2005.

The functions follow CPython 3.11's urllib.parse, including its handling of
legacy schemes and of bytes arguments.
"""

import _urllib
from _namedtuple import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag',
           'urlsplit', 'urlunsplit', 'urlencode', 'parse_qs',
           'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes',
           'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are stripped (WHATWG URL parsing).
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))

# Tabs and newlines anywhere in a URL are removed (bpo-43882).
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Clear internal performance caches. Undocumented; some tests want it."""


# ---------------------------------------------------------------- str / bytes coercion

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding, errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding, errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # All str: work on them as they are. All bytes-like: decode them as ASCII
    # and encode the results back. A mix is an error.
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------- result types

class _ResultMixinStr(object):
    """Standard approach to encoding parsed results from str to bytes"""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    """Standard approach to decoding parsed results from bytes to str"""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """Shared methods for the parsed result objects containing a netloc element"""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # Scoped IPv6 address may have zone info, which must not be lowercased.
        separator = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f'Port could not be cast to integer value as {port!r}')
            if not (0 <= port <= 65535):
                raise ValueError('Port out of range 0-65535')
        return port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, hostinfo = netloc.rpartition('@')
        if have_info:
            username, have_password, password = userinfo.partition(':')
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = netloc.rpartition('@')
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            _, _, port = port.partition(':')
        else:
            hostname, _, port = hostinfo.partition(':')
        if not port:
            port = None
        return hostname, port


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, hostinfo = netloc.rpartition(b'@')
        if have_info:
            username, have_password, password = userinfo.partition(b':')
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = netloc.rpartition(b'@')
        _, have_open_br, bracketed = hostinfo.partition(b'[')
        if have_open_br:
            hostname, _, port = bracketed.partition(b']')
            _, _, port = port.partition(b':')
        else:
            hostname, _, port = hostinfo.partition(b':')
        if not port:
            port = None
        return hostname, port


_DefragResultBase = _namedtuple('DefragResult', 'url fragment', module='urllib.parse')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment', module='urllib.parse')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment',
                               module='urllib.parse')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """DefragResult(url, fragment): a URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """SplitResult(scheme, netloc, path, query, fragment): the result of urlsplit()."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """ParseResult(scheme, netloc, path, params, query, fragment): the result of urlparse()."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    """DefragResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    """SplitResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    """ParseResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _fix_result_transcoding():
    pairs = ((DefragResult, DefragResultBytes),
             (SplitResult, SplitResultBytes),
             (ParseResult, ParseResultBytes))
    for decoded, encoded in pairs:
        decoded._encoded_counterpart = encoded
        encoded._decoded_counterpart = decoded
        for cls in (decoded, encoded):
            cls.__module__ = 'urllib.parse'


_fix_result_transcoding()
del _fix_result_transcoding


# ---------------------------------------------------------------- splitting

def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    # Characters that NFKC-normalize into URL delimiters would change the
    # meaning of the netloc; refuse them.
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    netloc2 = _urllib.nfkc(n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             'characters under NFKC normalization')


_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _is_ipv4(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or len(octet) > 3 or not (octet.isascii() and octet.isdigit()):
            return False
        if len(octet) > 1 and octet[0] == '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    address, sep, scope = text.partition('%')
    if sep and (not scope or '%' in scope):
        return False
    parts = address.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _is_ipv4(parts.pop()):
            return False
        parts.extend(['0', '0'])
    if len(parts) > 9:
        return False
    skip_index = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip_index is not None:
                return False
            skip_index = i
    if skip_index is not None:
        parts_hi = skip_index
        parts_lo = len(parts) - skip_index - 1
        if not parts[0]:
            parts_hi -= 1
            if parts_hi:
                return False
        if not parts[-1]:
            parts_lo -= 1
            if parts_lo:
                return False
        if 8 - (parts_hi + parts_lo) < 1:
            return False
        hextets = parts[:parts_hi] + (parts[len(parts) - parts_lo:] if parts_lo else [])
    else:
        if len(parts) != 8:
            return False
        hextets = parts
    for h in hextets:
        if not h or len(h) > 4 or not _HEXDIGITS.issuperset(h):
            return False
    return True


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        version, dot, rest = hostname[1:].partition('.')
        if not (version and _HEXDIGITS.issuperset(version) and dot and rest and '\n' not in rest):
            raise ValueError('IPvFuture address is invalid')
    elif _is_ipv4(hostname):
        raise ValueError('An IPv4 address cannot be in brackets')
    elif not _is_ipv6(hostname):
        raise ValueError(f'{hostname!r} does not appear to be an IPv4 or IPv6 address')


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>

    The result is a named 5-tuple with fields corresponding to the
    above. It is either a SplitResult or SplitResultBytes object,
    depending on the type of the url parameter.

    The username, password, hostname, and port sub-components of netloc
    can also be accessed as attributes of the returned object.

    The scheme argument provides the default value of the scheme
    component when no scheme is found in url.

    If allow_fragments is False, no attempt is made to separate the
    fragment component from the previous component, which can be either
    path or query.

    Note that % escapes are not expanded.
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
        if '[' in netloc and ']' in netloc:
            bracketed_host = netloc.partition('[')[2].partition(']')[0]
            _check_bracketed_host(bracketed_host)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    v = SplitResult(scheme, netloc, url, query, fragment)
    return _coerce_result(v)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>

    The result is a named 6-tuple with fields corresponding to the
    above. It is either a ParseResult or ParseResultBytes object,
    depending on the type of the url parameter.

    The username, password, hostname, and port sub-components of netloc
    can also be accessed as attributes of the returned object.

    The scheme argument provides the default value of the scheme
    component when no scheme is found in url.

    If allow_fragments is False, no attempt is made to separate the
    fragment component from the previous component, which can be either
    path or query.

    Note that % escapes are not expanded.
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    splitresult = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = splitresult
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return _coerce_result(result)


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string. The data argument can be any five-item iterable.
    This may result in a slightly different, but equivalent URL, if the URL that
    was parsed originally had unnecessary delimiters (for example, a ? with an
    empty query; the RFC states that these are equivalent)."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Put a parsed URL back together again.  This may result in a
    slightly different, but equivalent URL, if the URL that was parsed
    originally had redundant delimiters, e.g. a ? with an empty query
    (the draft states that these are equivalent)."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def _resolve_dots(base_path, path):
    """Merges a relative path into a base path and removes . and .. segments (RFC 3986 5.2)."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_parts = base_path.split('/')
        if base_parts[-1] != '':
            del base_parts[-1]
        segments = base_parts + path.split('/')
        # Empty inner segments would double the slashes on re-joining.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
    resolved_path = _resolve_dots(bpath, path)
    return _coerce_result(urlunparse((scheme, netloc, resolved_path, params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL.

    Returns a tuple of the defragmented URL and the fragment.  If
    the URL contained no fragments, the second element is the
    empty string.
    """
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# ---------------------------------------------------------------- unquoting

def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        # An empty str or bytes-like object; anything else fails here, as in CPython.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    string.split
    if b'%' not in string:
        return string
    if isinstance(string, bytearray):
        # CPython looks escapes up in a dict keyed by slices of the input.
        raise TypeError("unhashable type: 'bytearray'")
    return _urllib.unquote_bytes(string)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent. The optional
    encoding and errors parameters specify how to decode percent-encoded
    sequences into Unicode characters, as accepted by the bytes.decode()
    method.
    By default, percent-encoded sequences are decoded with UTF-8, and invalid
    sequences are replaced by a placeholder character.

    unquote('abc%20def') -> 'abc def'.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    runs = _urllib.ascii_runs(string)
    out = []
    for index, run in enumerate(runs):
        if index % 2 == 0:
            out.append(run)
        else:
            out.append(_urllib.unquote_bytes(run.encode('ascii')).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for
    unquoting HTML form values.

    unquote_plus('%7e/abc+def') -> '~/abc def'
    """
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# ---------------------------------------------------------------- quoting

def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'

    Each part of a URL, e.g. the path info, the query, etc., has a
    different set of reserved characters that must be quoted. The
    quote function offers a cautious (not minimal) way to quote a
    string for most of these parts.

    RFC 3986 Uniform Resource Identifiers (URI): Generic Syntax lists
    the following (un)reserved characters.

    unreserved    = ALPHA / DIGIT / "-" / "." / "_" / "~"
    reserved      = gen-delims / sub-delims
    gen-delims    = ":" / "/" / "?" / "#" / "[" / "]" / "@"
    sub-delims    = "!" / "$" / "&" / "'" / "(" / ")"
                  / "*" / "+" / "," / ";" / "="

    Each of the reserved characters is reserved in some component of a URL,
    but not necessarily in all of them.

    The quote function %-escapes all characters that are neither in the
    unreserved chars ("always safe") nor the additional chars set via the
    safe arg.

    The default for the safe arg is '/'. The character is reserved, but in
    typical usage the quote function is being called on a path where the
    existing slash characters are to be preserved.

    string and safe may be either str or bytes objects. encoding and errors
    must not be specified if string is a bytes object.

    The optional encoding and errors parameters specify how to deal with
    non-ASCII characters, as accepted by the str.encode method.
    By default, encoding='utf-8' (characters are encoded with UTF-8), and
    errors='strict' (unsupported characters raise a UnicodeEncodeError).
    """
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values. Plus signs in the original string are escaped unless
    they are included in safe. It also does not have safe default to '/'.
    """
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str, and does
    not perform string-to-bytes encoding.  It always returns an ASCII string.
    quote_from_bytes(b'abc def?') -> 'abc%20def%3f'
    """
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    return _urllib.quote_bytes(bs, safe)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string.

    If any values in the query arg are sequences and doseq is true, each
    sequence element is converted to a separate parameter.

    If the query arg is a sequence of two-element tuples, the order of the
    parameters in the output will match the order of parameters in the
    input.

    The components of a query arg may each be either a string or a bytes type.

    The safe, encoding, and errors parameters are passed down to the function
    specified by quote_via (encoding and errors only if a component is a str).
    """
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence '
                            'or mapping object') from err

    def quote_one(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = quote_one(k)
        if not doseq or isinstance(v, (bytes, str)):
            pairs.append(k + '=' + quote_one(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + quote_one(v))
        else:
            for elt in v:
                pairs.append(k + '=' + quote_one(elt))
    return '&'.join(pairs)


# ---------------------------------------------------------------- query strings

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument.

        Arguments:

        qs: percent-encoded query string to be parsed

        keep_blank_values: flag indicating whether blank values in
            percent-encoded queries should be treated as blank strings.
            A true value indicates that blanks should be retained as
            blank strings.  The default false value indicates that
            blank values are to be ignored and treated as if they were
            not included.

        strict_parsing: flag indicating what to do with parsing errors.
            If false (the default), errors are silently ignored.
            If true, errors raise a ValueError exception.

        encoding and errors: specify how to decode percent-encoded sequences
            into Unicode characters, as accepted by the bytes.decode() method.

        max_num_fields: int. If set, then throws a ValueError if there
            are more than n fields read by parse_qsl().

        separator: str. The symbol to use for separating the query arguments.
            Defaults to &.

        Returns a dictionary.
    """
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing,
                      encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument.

        Arguments:

        qs: percent-encoded query string to be parsed

        keep_blank_values: flag indicating whether blank values in
            percent-encoded queries should be treated as blank strings.
            A true value indicates that blanks should be retained as blank
            strings.  The default false value indicates that blank values
            are to be ignored and treated as if they were  not included.

        strict_parsing: flag indicating what to do with parsing errors. If
            false (the default), errors are silently ignored. If true,
            errors raise a ValueError exception.

        encoding and errors: specify how to decode percent-encoded sequences
            into Unicode characters, as accepted by the bytes.decode() method.

        max_num_fields: int. If set, then throws a ValueError
            if there are more than n fields read by parse_qsl().

        separator: str. The symbol to use for separating the query arguments.
            Defaults to &.

        Returns a list, as G-d intended.
    """
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or (not isinstance(separator, (str, bytes))):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    query_args = qs.split(separator) if qs else []
    for name_value in query_args:
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            r.append((_coerce_result(name), _coerce_result(value)))
    return r


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'.

    The string is returned unchanged if it's not a wrapped URL.
    """
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
`;

export const modules: ModuleDef[] = [
  nativeHelpers,
  { name: 'urllib', summary: 'URL handling (urllib.parse); no network access.', source: PACKAGE_SOURCE },
  { name: 'urllib.parse', summary: 'Parse, join and quote URLs; query strings.', source: PARSE_SOURCE },
];
