/**
 * `requests`: HTTP to allow-listed origins, with the `requests` package's API
 * (get/post/.../request, Session, Response, the exception classes and the
 * `requests.exceptions` module), written in Python over two private natives:
 * `_send` (one exchange, through the URL guard and the sync bridge) and
 * `_redirect` (a `Location` resolved and checked with the full policy).
 * Redirects are followed by the Python code, one checked hop at a time.
 *
 * Refusals raise `requests.exceptions.URLNotAllowed`, a subclass of both
 * `requests.ConnectionError` (so `except requests.RequestException` handles
 * it like any unreachable URL) and `PermissionError` (so it is recognisably a
 * sandbox denial); its message names only the URL the script gave.
 *
 * Differences from the real package: one request per connection (no pooling,
 * no keep-alive), `timeout` bounds the whole exchange rather than each socket
 * read, no proxies, no cookie jar, no `files=` uploads, no streaming (`stream`
 * is accepted; the body is always read whole, within `maxBodyBytes`), str
 * bodies are sent as UTF-8, `apparent_encoding` is always 'utf-8' (no
 * chardet), and a body over `maxBodyBytes` raises `ContentTooLarge`.
 */
import { classDoc, defineLibrary, functionDoc, type MemberDoc } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import type { Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { None } from '../core/runtime/types.js';
import { PyBytes, PyFloat, PyList, PyTuple, tuple } from '../core/runtime/values.js';
import { typeError } from '../core/runtime/exceptions.js';
import { typeName } from '../core/runtime/ops.js';
import { LIFTED_BY_ALLOW_PRIVATE, UrlGuard, UrlRefused, parseAllowedOrigin, type Target } from './url-guard.js';
import { runHttp } from './sync-bridge.js';

const MiB = 1024 * 1024;

/** Options shared by the network libraries (requests, wait_for). */
export interface NetOptions {
  /** Allowed origins: exact scheme + host + port, optionally a path prefix (`https://api.example.com/v1/`). */
  allow: string[];
  /** Let allow-listed host names resolve to loopback/private ranges (link-local and metadata stay refused). */
  allowPrivate: boolean;
  /** Largest response body, counted after decompression. */
  maxBodyBytes: number;
  /** Largest response header block. */
  maxHeaderBytes: number;
  /** Longest time one request may take (the cap for the script's `timeout`). */
  timeoutMs: number;
}

export interface RequestsOptions extends NetOptions {
  /** Most redirects one request may follow. */
  maxRedirects: number;
}

/** JSON Schema properties of NetOptions (with defaults). */
export const NET_OPTION_PROPERTIES = {
  allow: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 2000 }, uniqueItems: true, maxItems: 1000, default: [] },
  allowPrivate: { type: 'boolean', default: false },
  maxBodyBytes: { type: 'integer', minimum: 0, maximum: 1024 * MiB, default: 10 * MiB },
  maxHeaderBytes: { type: 'integer', minimum: 1024, maximum: MiB, default: 64 * 1024 },
  timeoutMs: { type: 'integer', minimum: 1, maximum: 24 * 3600 * 1000, default: 30000 },
} as const;

/** Registration check: every allow-list entry must be an http(s) origin. */
export function validateAllowList(allow: readonly string[]): void {
  for (const entry of allow) parseAllowedOrigin(entry);
}

/** A finished exchange as the natives see it. */
export type Exchange =
  | { ok: true; status: number; reason: string; headers: string[]; body: Uint8Array; url: string }
  | { ok: false; kind: string; target: Target | null };

/** One library instance's HTTP client: the guard, the caps and the bridge. */
export class HttpClient {
  readonly guard: UrlGuard;

  constructor(readonly options: NetOptions) {
    this.guard = new UrlGuard(options);
  }

  /** The time a request may take: the script's timeout (seconds, or null for none), within the cap. */
  timeoutFor(seconds: number | null): number {
    return seconds === null ? this.options.timeoutMs : Math.min(this.options.timeoutMs, Math.max(1, Math.round(seconds * 1000)));
  }

  /** One HTTP exchange (no redirects) with the URL checked by the guard first. */
  exchange(rt: Runtime, method: string, url: string, headers: [string, string][], body: Uint8Array | null, timeoutMs: number,
    opts: { verify?: boolean; discardBody?: boolean } = {}): Exchange {
    const target = this.guard.check(url);
    if (target instanceof UrlRefused) return { ok: false, kind: target.kind, target: null };
    const outcome = runHttp(rt, {
      protocol: target.protocol, host: target.host, port: target.port, path: target.path, method, headers, body,
      resolve: target.resolve, lifted: LIFTED_BY_ALLOW_PRIVATE, maxBodyBytes: this.options.maxBodyBytes,
      maxHeaderBytes: this.options.maxHeaderBytes, verify: opts.verify ?? true, discardBody: opts.discardBody ?? false,
    }, timeoutMs);
    const r = outcome.result;
    if (outcome.timedOut || r === null) {
      const connected = r !== null && !r.ok && r.connected;
      return { ok: false, kind: connected ? 'read-timeout' : 'connect-timeout', target };
    }
    if (!r.ok) return { ok: false, kind: r.error, target };
    // The body is now a script value: it counts against the value size cap and the memory account.
    rt.checkValueSize(r.body.length, 'HTTP response body');
    rt.allocate(r.body.length + r.headers.length * 64);
    return { ok: true, status: r.status, reason: r.reason, headers: r.headers, body: r.body, url: target.url.href };
  }
}

// ------------------------------------------------------------------ natives

function str(v: Value, what: string): string {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeName(v)}`);
  return v;
}

function seconds(v: Value): number | null {
  if (v === None || v === undefined) return null;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  throw typeError(`timeout must be a number, not ${typeName(v)}`);
}

function headerPairs(v: Value): [string, string][] {
  if (!(v instanceof PyList)) throw typeError('headers must be a list of (name, value) pairs');
  return v.items.map((item) => {
    if (!(item instanceof PyTuple) || item.items.length !== 2) throw typeError('headers must be a list of (name, value) pairs');
    return [str(item.items[0], 'header name'), str(item.items[1], 'header value')];
  });
}

/** `_send(method, url, headers, body, timeout, verify)`: (True, status, reason, headers, content, url) or (False, kind, host, port, path). */
function sendNative(client: HttpClient) {
  return nativeFunction('requests', '_send', ['method', 'url', 'headers', 'body', 'timeout', 'verify'], (rt, [m, u, h, b, t, verify]) => {
    rt.hostCall('requests');
    const body = b === None ? null : b instanceof PyBytes ? b.b : null;
    if (b !== None && body === null) throw typeError(`body must be bytes, not ${typeName(b)}`);
    const r = client.exchange(rt, str(m, 'method'), str(u, 'url'), headerPairs(h), body, client.timeoutFor(seconds(t)), { verify: verify !== false });
    if (!r.ok) {
      const where = r.target;
      return tuple([false, r.kind, where?.host ?? '', where?.port ?? 0, where === null ? '' : where.path]);
    }
    const pairs: Value[] = [];
    for (let i = 0; i + 1 < r.headers.length; i += 2) pairs.push(tuple([r.headers[i], r.headers[i + 1]]));
    return tuple([true, r.status, r.reason, new PyList(pairs), new PyBytes(r.body), r.url]);
  });
}

/** `_redirect(from_url, location)`: (True, next_url) when the policy allows the hop, else (False, kind). */
function redirectNative(client: HttpClient) {
  return nativeFunction('requests', '_redirect', ['from_url', 'location'], (rt, [f, loc]) => {
    rt.hostCall('requests');
    let from: URL;
    try {
      from = new URL(str(f, 'from_url'));
    } catch {
      return tuple([false, 'invalid']);
    }
    const next = client.guard.checkRedirect(from, str(loc, 'location'));
    return next instanceof UrlRefused ? tuple([false, next.kind]) : tuple([true, next.url.href]);
  });
}

// ------------------------------------------------------------------ Python

const EXCEPTIONS_SOURCE = String.raw`"""The exceptions of requests (requests.exceptions)."""

import json as _json


class RequestException(IOError):
    """There was an ambiguous exception that occurred while handling your request."""

    def __init__(self, *args, **kwargs):
        response = kwargs.pop('response', None)
        self.response = response
        self.request = kwargs.pop('request', None)
        if response is not None and not self.request and hasattr(response, 'request'):
            self.request = self.response.request
        IOError.__init__(self, *args)


class InvalidJSONError(RequestException):
    """A JSON error occurred."""


class JSONDecodeError(InvalidJSONError, _json.JSONDecodeError):
    """Couldn't decode the text into json."""

    def __init__(self, *args, **kwargs):
        _json.JSONDecodeError.__init__(self, *args)
        InvalidJSONError.__init__(self, *self.args, **kwargs)

    def __str__(self):
        return _json.JSONDecodeError.__str__(self)


class HTTPError(RequestException):
    """An HTTP error occurred."""


class ConnectionError(RequestException):
    """A Connection error occurred."""


class URLNotAllowed(ConnectionError, PermissionError):
    """The sandbox refused the URL: not an allow-listed origin, or an address the host did not allow."""


class ProxyError(ConnectionError):
    """A proxy error occurred."""


class SSLError(ConnectionError):
    """An SSL error occurred."""


class Timeout(RequestException):
    """The request timed out."""


class ConnectTimeout(ConnectionError, Timeout):
    """The request timed out while trying to connect to the remote server."""


class ReadTimeout(Timeout):
    """The server did not send any data in the allotted amount of time."""


class URLRequired(RequestException):
    """A valid URL is required to make a request."""


class TooManyRedirects(RequestException):
    """Too many redirects."""


class MissingSchema(RequestException, ValueError):
    """The URL scheme (e.g. http or https) is missing."""


class InvalidSchema(RequestException, ValueError):
    """The URL scheme provided is either invalid or unsupported."""


class InvalidURL(RequestException, ValueError):
    """The URL provided was somehow invalid."""


class InvalidHeader(RequestException, ValueError):
    """The header value provided was somehow invalid."""


class ChunkedEncodingError(RequestException):
    """The server declared chunked encoding but sent an invalid chunk."""


class ContentDecodingError(RequestException):
    """Failed to decode response content."""


class ContentTooLarge(RequestException):
    """The response body is larger than the host allows."""


class StreamConsumedError(RequestException, TypeError):
    """The content for this response was already consumed."""


class RetryError(RequestException):
    """Custom retries logic failed."""
`;

const REQUESTS_SOURCE = String.raw`"""HTTP for humans, within the sandbox: requests to the origins the host allows."""

import json as _json
import base64 as _base64
import datetime as _datetime
from urllib.parse import urlencode as _urlencode

from requests import exceptions
from requests.exceptions import (
    RequestException, InvalidJSONError, JSONDecodeError, HTTPError, ConnectionError, URLNotAllowed, ProxyError,
    SSLError, Timeout, ConnectTimeout, ReadTimeout, URLRequired, TooManyRedirects, MissingSchema, InvalidSchema,
    InvalidURL, InvalidHeader, ChunkedEncodingError, ContentDecodingError, ContentTooLarge, StreamConsumedError,
    RetryError,
)

__version__ = '2.31.0'
__title__ = 'requests'

DEFAULT_REDIRECT_LIMIT = 30
_REDIRECT_CODES = (301, 302, 303, 307, 308)


class CaseInsensitiveDict:
    """A dict whose keys match case-insensitively, keeping the case last set (like requests.structures)."""

    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter([k for k, v in self._store.values()])

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        entry = self._store.pop(key.lower(), None)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        return entry[1]

    def update(self, data=(), **kwargs):
        items = data.items() if hasattr(data, 'items') else data
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def keys(self):
        return [k for k, v in self._store.values()]

    def values(self):
        return [v for k, v in self._store.values()]

    def items(self):
        return list(self._store.values())

    def lower_items(self):
        return [(lk, kv[1]) for lk, kv in self._store.items()]

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __eq__(self, other):
        if isinstance(other, dict):
            other = CaseInsensitiveDict(other)
        elif not isinstance(other, CaseInsensitiveDict):
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def __repr__(self):
        return str(dict(self.items()))


class _Codes:
    """HTTP status codes by name: codes.ok == 200, codes['not_found'] == 404."""

    def __init__(self, names):
        for name, code in names.items():
            setattr(self, name, code)

    def __getitem__(self, name):
        return getattr(self, name)

    def get(self, name, default=None):
        return getattr(self, name, default)


codes = _Codes({
    'continue': 100, 'ok': 200, 'created': 201, 'accepted': 202, 'no_content': 204, 'partial_content': 206,
    'moved_permanently': 301, 'found': 302, 'see_other': 303, 'not_modified': 304, 'temporary_redirect': 307,
    'permanent_redirect': 308, 'bad_request': 400, 'unauthorized': 401, 'forbidden': 403, 'not_found': 404,
    'method_not_allowed': 405, 'not_acceptable': 406, 'request_timeout': 408, 'conflict': 409, 'gone': 410,
    'precondition_failed': 412, 'payload_too_large': 413, 'unsupported_media_type': 415, 'unprocessable_entity': 422,
    'too_many_requests': 429, 'internal_server_error': 500, 'not_implemented': 501, 'bad_gateway': 502,
    'service_unavailable': 503, 'gateway_timeout': 504,
})


def default_headers():
    """The headers every request sends unless overridden."""
    return CaseInsensitiveDict({'User-Agent': 'python-requests/' + __version__, 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*'})


class PreparedRequest:
    """The request as it was sent: method, url, headers and body."""

    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def copy(self):
        return PreparedRequest(self.method, self.url, self.headers.copy(), self.body)

    def __repr__(self):
        return '<PreparedRequest [%s]>' % self.method


def _encoding_from_headers(headers):
    content_type = headers.get('content-type')
    if not content_type:
        return None
    parts = content_type.split(';')
    for param in parts[1:]:
        key, _, value = param.strip().partition('=')
        if key.strip().lower() == 'charset':
            return value.strip().strip('"\'')
    if 'text' in parts[0]:
        return 'ISO-8859-1'
    if 'application/json' in parts[0]:
        return 'utf-8'
    return None


class Response:
    """An HTTP response: status_code, headers, content (bytes), text, json(), url, history..."""

    def __init__(self):
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.elapsed = _datetime.timedelta(0)
        self.request = None
        self._content = b''

    def __repr__(self):
        return '<Response [%s]>' % self.status_code

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    @property
    def ok(self):
        """True when the status code is below 400."""
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        """True for a redirect response that has a Location header."""
        return 'location' in self.headers and self.status_code in _REDIRECT_CODES

    @property
    def is_permanent_redirect(self):
        """True for a 301 or 308 redirect with a Location header."""
        return 'location' in self.headers and self.status_code in (301, 308)

    @property
    def content(self):
        """The body as bytes (decompressed)."""
        return self._content

    @property
    def apparent_encoding(self):
        """The body's guessed encoding (always 'utf-8': there is no charset detection)."""
        return 'utf-8'

    @property
    def text(self):
        """The body decoded with encoding (from the Content-Type header) or apparent_encoding."""
        if not self._content:
            return ''
        encoding = self.encoding or self.apparent_encoding
        try:
            return str(self._content, encoding, errors='replace')
        except (LookupError, TypeError):
            return str(self._content, 'utf-8', errors='replace')

    def json(self, **kwargs):
        """The body parsed as JSON; raises requests.exceptions.JSONDecodeError."""
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        """The body in chunks of chunk_size bytes (str chunks with decode_unicode)."""
        data = self.text if decode_unicode else self._content
        if chunk_size is None:
            chunk_size = len(data) or 1
        if not isinstance(chunk_size, int):
            raise TypeError('chunk_size must be an int, it is instead a %s.' % type(chunk_size))
        return iter([data[i:i + chunk_size] for i in range(0, len(data), chunk_size)])

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        """The body line by line (bytes, or str with decode_unicode)."""
        data = self.text if decode_unicode else self._content
        lines = data.split(delimiter) if delimiter is not None else data.splitlines()
        return iter(lines)

    def raise_for_status(self):
        """Raises HTTPError for a 4xx or 5xx status."""
        reason = self.reason
        if isinstance(reason, bytes):
            reason = reason.decode('iso-8859-1')
        message = ''
        if 400 <= self.status_code < 500:
            message = '%s Client Error: %s for url: %s' % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            message = '%s Server Error: %s for url: %s' % (self.status_code, reason, self.url)
        if message:
            raise HTTPError(message, response=self)

    def close(self):
        """Releases the response (nothing to release: the body is already read)."""


def _check_header(name, value):
    for part, what in ((name, 0), (value, 1)):
        if not isinstance(part, (str, bytes)):
            raise InvalidHeader('Header part (%r) from %r must be of type str or bytes, not %s' % (part, (name, value), type(part)))
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    if isinstance(value, bytes):
        value = value.decode('latin-1')
    if name != name.strip() or not name or any(c in name for c in '\r\n\0:'):
        raise InvalidHeader('Invalid leading whitespace, reserved character(s), or return character(s) in header name: %r' % name)
    if value != value.lstrip() or any(c in value for c in '\r\n\0'):
        raise InvalidHeader('Invalid leading whitespace, reserved character(s), or return character(s) in header value: %r' % value)
    return name, value


def _pairs(value):
    if value is None:
        return []
    if hasattr(value, 'items'):
        return list(value.items())
    return list(value)


def _encode_params(data):
    if isinstance(data, (str, bytes)):
        return data.decode('utf-8') if isinstance(data, bytes) else data
    result = []
    for k, vs in _pairs(data):
        if isinstance(vs, (str, bytes)) or not hasattr(vs, '__iter__'):
            vs = [vs]
        for v in vs:
            if v is not None:
                result.append((k.encode('utf-8') if isinstance(k, str) else k, v.encode('utf-8') if isinstance(v, str) else v))
    return _urlencode(result, doseq=True)


def _prepare_url(url, params):
    if isinstance(url, bytes):
        url = url.decode('utf8')
    else:
        url = str(url)
    url = url.lstrip()
    if ':' in url and not url.lower().startswith('http'):
        return url
    scheme, sep, rest = url.partition('://')
    if not sep:
        raise MissingSchema('Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?' % (url, url))
    if not rest or rest.startswith('/') or rest.startswith('?') or rest.startswith('#'):
        raise InvalidURL('Invalid URL %r: No host supplied' % url)
    enc = _encode_params(params) if params else ''
    if enc:
        base, hash_sep, fragment = url.partition('#')
        if '?' in base:
            base = base + '&' + enc if not base.endswith('?') and not base.endswith('&') else base + enc
        else:
            base = base + ('?' if '/' in rest else '/?') + enc
        url = base + hash_sep + fragment
    return url


def _prepare_body(headers, data, json):
    body = None
    content_type = None
    if not data and json is not None:
        content_type = 'application/json'
        try:
            body = _json.dumps(json, allow_nan=False)
        except ValueError as e:
            raise InvalidJSONError(e)
        body = body.encode('utf-8')
    elif data:
        if isinstance(data, bytes):
            body = data
        elif isinstance(data, bytearray):
            body = bytes(data)
        elif isinstance(data, str):
            body = data.encode('utf-8')
        elif hasattr(data, 'read'):
            body = data.read()
            if isinstance(body, str):
                body = body.encode('utf-8')
        else:
            body = _encode_params(data).encode('ascii')
            content_type = 'application/x-www-form-urlencoded'
    if content_type and 'content-type' not in headers:
        headers['Content-Type'] = content_type
    return body


def _timeout_seconds(timeout):
    if timeout is None:
        return None
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError('Timeout value connect was %s, but it must be an int, float or None.' % (timeout,))
        if timeout[0] is None or timeout[1] is None:
            return None
        return _timeout_seconds(timeout[0]) + _timeout_seconds(timeout[1])
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise ValueError('Timeout value connect was %s, but it must be an int, float or None.' % (timeout,))
    if timeout <= 0:
        raise ValueError('Attempted to set connect timeout to %s, but the timeout cannot be set to a value less than or equal to 0.' % (timeout,))
    return float(timeout)


def _pool(url, host, port):
    https = url.lower().startswith('https:')
    return "%s(host=%r, port=%s)" % ('HTTPSConnectionPool' if https else 'HTTPConnectionPool', host, port), \
        "%s(host=%r, port=%s)" % ('HTTPSConnection' if https else 'HTTPConnection', host, port)


def _timeout_part(timeout, index):
    # The timeout that applied: the script's, unless the host's cap was shorter (or the script gave none).
    part = timeout[index] if isinstance(timeout, tuple) else timeout
    if part is None or part > _TIMEOUT_CAP:
        return _TIMEOUT_CAP
    return part


def _failure(kind, url, original, host, port, path, timeout):
    # The exception a failed exchange raises; messages name only what the script gave (or its parts).
    pool, conn = _pool(url, host, port)
    if kind == 'denied':
        return URLNotAllowed('URL not allowed: %r' % original)
    if kind == 'scheme':
        return InvalidSchema('No connection adapters were found for %r' % url)
    if kind == 'invalid':
        return InvalidURL('Invalid URL %r' % url)
    if kind == 'read-timeout':
        return ReadTimeout('%s: Read timed out. (read timeout=%s)' % (pool, _timeout_part(timeout, 1)))
    if kind == 'connect-timeout':
        return ConnectTimeout("%s: Max retries exceeded with url: %s (Caused by ConnectTimeoutError(\"%s: Connection to %s timed out. (connect timeout=%s)\"))"
                              % (pool, path, conn, host, _timeout_part(timeout, 0)))
    if kind == 'too-large':
        return ContentTooLarge('response body from %r is larger than the host allows' % original)
    if kind == 'header-too-large':
        return ConnectionError('%s: response headers from %r are larger than the host allows' % (pool, original))
    if kind == 'decode':
        return ContentDecodingError('Received response with content-encoding that failed to decode (from %r)' % original)
    if kind == 'invalid-header':
        return InvalidHeader('Invalid header name or value for %r' % original)
    if kind == 'ssl':
        return SSLError("%s: Max retries exceeded with url: %s (Caused by SSLError('certificate verify failed'))" % (pool, path))
    causes = {
        'dns': "NameResolutionError(\"%s: Failed to resolve '%s' ([Errno -2] Name or service not known)\")" % (conn, host),
        'refused': "NewConnectionError(\"%s: Failed to establish a new connection: [Errno 111] Connection refused\")" % conn,
        'unreachable': "NewConnectionError(\"%s: Failed to establish a new connection: [Errno 113] No route to host\")" % conn,
        'reset': "ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
        'protocol': "ProtocolError('Connection aborted.', BadStatusLine('invalid HTTP response'))",
    }
    cause = causes.get(kind, "ProtocolError('Connection aborted.')")
    return ConnectionError('%s: Max retries exceeded with url: %s (Caused by %s)' % (pool, path, cause))


def _rebuild_method(method, status):
    if status == 303 and method != 'HEAD':
        return 'GET'
    if status == 302 and method != 'HEAD':
        return 'GET'
    if status == 301 and method == 'POST':
        return 'GET'
    return method


def _origin(url):
    scheme, _, rest = url.partition('://')
    return scheme, rest.split('/', 1)[0]


class Session:
    """Settings shared by several requests: headers, params, auth, verify, max_redirects."""

    def __init__(self):
        self.headers = default_headers()
        self.params = {}
        self.auth = None
        self.verify = True
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.cookies = {}
        self.proxies = {}
        self.stream = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        """Closes the session (there are no pooled connections to close)."""

    def _headers_for(self, headers, auth, cookies):
        merged = self.headers.copy()
        for k, v in _pairs(headers):
            if v is None:
                merged.pop(k, None)
            else:
                merged[k] = v
        auth = auth if auth is not None else self.auth
        if auth is not None:
            if not (isinstance(auth, tuple) and len(auth) == 2):
                raise TypeError('auth must be a (user, password) tuple')
            user, password = [p.encode('latin-1') if isinstance(p, str) else p for p in auth]
            merged['Authorization'] = 'Basic ' + _base64.b64encode(user + b':' + password).decode('ascii')
        jar = dict(self.cookies)
        jar.update(_pairs(cookies))
        if jar:
            merged['Cookie'] = '; '.join('%s=%s' % (k, v) for k, v in jar.items())
        return merged

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None, auth=None,
                timeout=None, allow_redirects=True, proxies=None, hooks=None, stream=None, verify=None, cert=None,
                json=None):
        """Sends a request and returns the Response (following redirects unless allow_redirects=False)."""
        if files:
            raise NotImplementedError('files= uploads are not supported in the sandbox')
        if proxies:
            raise ValueError('proxies are not supported in the sandbox')
        if cert is not None:
            raise ValueError('client certificates are not supported in the sandbox')
        if not isinstance(method, (str, bytes)):
            raise TypeError('method must be str')
        method = (method.decode('ascii') if isinstance(method, bytes) else method).upper()
        merged_params = list(_pairs(self.params)) + list(_pairs(params)) if not isinstance(params, (str, bytes)) else params
        original = url
        url = _prepare_url(url, merged_params)
        headers = self._headers_for(headers, auth, cookies)
        body = _prepare_body(headers, data, json)
        if body is not None:
            headers['Content-Length'] = str(len(body))
        elif method not in ('GET', 'HEAD') and headers.get('Content-Length') is None:
            headers['Content-Length'] = '0'
        verify = self.verify if verify is None else verify
        seconds = _timeout_seconds(timeout)
        request = PreparedRequest(method, url, headers, body)
        response = self._send(request, original, timeout, seconds, verify)
        history = []
        limit = min(self.max_redirects, _MAX_REDIRECTS)
        while allow_redirects and response.is_redirect:
            if len(history) >= limit:
                raise TooManyRedirects('Exceeded %s redirects.' % limit, response=response)
            history.append(response)
            request = self._next_request(request, response, original)
            response = self._send(request, original, timeout, seconds, verify)
            response.history = list(history)
        return response

    def _next_request(self, request, response, original):
        ok, target = _redirect(response.url, response.headers['location'])
        if not ok:
            raise URLNotAllowed('redirect to a URL that is not allowed (from %r)' % original, response=response)
        method = _rebuild_method(request.method, response.status_code)
        headers = request.headers.copy()
        body = request.body
        if response.status_code not in (307, 308):
            body = None
            for name in ('Content-Length', 'Content-Type', 'Transfer-Encoding'):
                headers.pop(name, None)
        headers.pop('Cookie', None)
        if _origin(target) != _origin(request.url):
            headers.pop('Authorization', None)
        return PreparedRequest(method, target, headers, body)

    def _send(self, request, original, timeout, seconds, verify):
        pairs = []
        for name, value in request.headers.items():
            pairs.append(_check_header(name, value))
        started = _monotonic()
        result = _send(request.method, request.url, pairs, request.body, seconds, bool(verify))
        if not result[0]:
            kind, host, port, path = result[1:]
            raise _failure(kind, request.url, original, host, port, path, timeout)
        ok, status, reason, raw_headers, content, final_url = result
        response = Response()
        response.elapsed = _datetime.timedelta(seconds=_monotonic() - started)
        response.status_code = status
        response.reason = reason
        headers = CaseInsensitiveDict()
        for name, value in raw_headers:
            if name in headers:
                headers[name] = headers[name] + ', ' + value
            else:
                headers[name] = value
        response.headers = headers
        response.url = final_url
        response.request = request
        response.encoding = _encoding_from_headers(headers)
        response._content = b'' if request.method == 'HEAD' else content
        return response

    def get(self, url, **kwargs):
        """Sends a GET request."""
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        """Sends an OPTIONS request."""
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        """Sends a HEAD request (redirects are not followed unless allow_redirects=True)."""
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        """Sends a POST request."""
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        """Sends a PUT request."""
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        """Sends a PATCH request."""
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        """Sends a DELETE request."""
        return self.request('DELETE', url, **kwargs)


def session():
    """A new Session."""
    return Session()


def request(method, url, **kwargs):
    """Sends a request with a new Session and returns the Response."""
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    """Sends a GET request."""
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    """Sends an OPTIONS request."""
    return request('options', url, **kwargs)


def head(url, **kwargs):
    """Sends a HEAD request (redirects are not followed by default)."""
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    """Sends a POST request."""
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    """Sends a PUT request."""
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    """Sends a PATCH request."""
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    """Sends a DELETE request."""
    return request('delete', url, **kwargs)
`;


const EXCEPTION_DOCS: MemberDoc[] = [
  classDoc('RequestException', 'Base class of every requests error (an OSError).'),
  classDoc('ConnectionError', 'The server could not be reached (refused, reset, name not resolved...).'),
  classDoc('URLNotAllowed', 'The sandbox refused the URL (a ConnectionError and a PermissionError); names only the script\'s URL.'),
  classDoc('HTTPError', 'Raised by Response.raise_for_status() for 4xx/5xx statuses.'),
  classDoc('Timeout', 'The request timed out (ConnectTimeout or ReadTimeout).'),
  classDoc('ConnectTimeout', 'Timed out before connecting (also a ConnectionError).'),
  classDoc('ReadTimeout', 'Connected, but the response did not arrive in time.'),
  classDoc('TooManyRedirects', 'More redirects than Session.max_redirects (or the host\'s cap).'),
  classDoc('MissingSchema', 'The URL has no scheme (also a ValueError).'),
  classDoc('InvalidSchema', 'The URL scheme is not http or https (also a ValueError).'),
  classDoc('InvalidURL', 'The URL cannot be parsed (also a ValueError).'),
  classDoc('InvalidHeader', 'A header name or value is invalid (also a ValueError).'),
  classDoc('InvalidJSONError', 'The json= body cannot be encoded.'),
  classDoc('JSONDecodeError', 'Response.json() found no valid JSON (also a json.JSONDecodeError).'),
  classDoc('SSLError', 'The TLS handshake or certificate check failed.'),
  classDoc('ContentDecodingError', 'The gzip/deflate/br body could not be decoded.'),
  classDoc('ContentTooLarge', 'The response body is larger than the host allows (maxBodyBytes).'),
];

export const requestsLibrary = defineLibrary<RequestsOptions>({
  name: 'requests',
  version: '1.0.0',
  summary: 'HTTP requests to allow-listed origins, with size and time caps.',
  tier: 'network',
  capabilities: ['net.http'],
  modules: ['requests', 'requests.exceptions'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['allow'],
    properties: {
      ...NET_OPTION_PROPERTIES,
      allow: { ...NET_OPTION_PROPERTIES.allow, minItems: 1 },
      maxRedirects: { type: 'integer', minimum: 0, maximum: 100, default: 30 },
    },
  },
  validate: (options) => validateAllowList(options.allow),
  docs: [
    {
      name: 'requests',
      summary: 'HTTP requests (the requests package API) to the origins the host allows.',
      members: [
        functionDoc('get', '(url, params=None, **kwargs)', 'Sends a GET request and returns a Response.'),
        functionDoc('post', '(url, data=None, json=None, **kwargs)', 'Sends a POST request (form data, bytes, str or json=).'),
        functionDoc('put', '(url, data=None, **kwargs)', 'Sends a PUT request.'),
        functionDoc('patch', '(url, data=None, **kwargs)', 'Sends a PATCH request.'),
        functionDoc('delete', '(url, **kwargs)', 'Sends a DELETE request.'),
        functionDoc('head', '(url, **kwargs)', 'Sends a HEAD request (redirects not followed by default).'),
        functionDoc('options', '(url, **kwargs)', 'Sends an OPTIONS request.'),
        functionDoc('request', '(method, url, params=None, data=None, headers=None, cookies=None, auth=None, timeout=None, allow_redirects=True, verify=None, json=None)',
          'Sends a request; timeout (seconds, or a (connect, read) pair) bounds the whole exchange, within the host\'s cap.'),
        functionDoc('session', '()', 'A new Session.'),
        classDoc('Session', 'Shared headers, params, auth, verify and max_redirects for several requests.'),
        classDoc('Response', 'status_code, ok, reason, headers, url, history, encoding, content, text, json(), raise_for_status().'),
        classDoc('PreparedRequest', 'The request as sent (method, url, headers, body): Response.request.'),
        classDoc('CaseInsensitiveDict', 'The dict type of Response.headers: keys match case-insensitively.'),
        { name: 'codes', kind: 'constant', doc: 'Status codes by name: codes.ok == 200, codes.not_found == 404.' },
        { name: 'exceptions', kind: 'module', doc: 'The exception classes (also available on requests itself).' },
        ...EXCEPTION_DOCS,
      ],
    },
    { name: 'requests.exceptions', summary: 'The exceptions of requests.', members: EXCEPTION_DOCS },
  ],
  create(options) {
    const client = new HttpClient(options);
    return {
      modules: [
        {
          name: 'requests',
          summary: 'HTTP requests to the origins the host allows.',
          source: REQUESTS_SOURCE,
          natives: (ctx) => ({
            _send: sendNative(client),
            _redirect: redirectNative(client),
            _TIMEOUT_CAP: new PyFloat(options.timeoutMs / 1000),
            _MAX_REDIRECTS: options.maxRedirects,
            _monotonic: nativeFunction('requests', '_monotonic', [], () => new PyFloat(ctx.env.monotonic() / 1000)),
          }),
        },
        {
          name: 'requests.exceptions',
          summary: 'The exceptions of requests.',
          source: EXCEPTIONS_SOURCE,
        },
      ],
    };
  },
});
