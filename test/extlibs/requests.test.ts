// The `requests` extended library: the requests API against a local server,
// the caps, and the SSRF defences (exact origins, address checks at connect
// time, re-checked redirects). The canary server must never be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter, RegistrationError, Registry, ResourceExhausted, ScriptError, type LimitOptions } from '../../core/index.js';
import { classifyAddress } from '../../extlibs/url-guard.js';
import { startHttpFixture, type HttpFixture } from './http-fixture.js';

let fx: HttpFixture;
beforeAll(async () => {
  fx = await startHttpFixture();
});
afterAll(async () => {
  await fx.close();
});

function registry(options: Record<string, unknown> = {}): Registry {
  return new Registry().use('requests', { allow: [fx.origin], ...options });
}

function run(src: string, options: Record<string, unknown> = {}, limits: LimitOptions = { timeoutMs: 10000 }): string {
  const interp = new Interpreter({ libraries: registry(options), limits });
  interp.run(`import requests\nBASE = ${JSON.stringify(fx.origin)}\nCANARY = ${JSON.stringify(fx.canaryOrigin)}\n${src}`);
  return interp.takeOutput();
}

/** Runs a script that must fail; returns the error. */
function fails(src: string, options: Record<string, unknown> = {}, limits: LimitOptions = { timeoutMs: 10000 }): ScriptError | ResourceExhausted {
  try {
    run(src, options, limits);
  } catch (e) {
    if (e instanceof ScriptError || e instanceof ResourceExhausted) return e;
    throw e;
  }
  throw new Error('the script did not fail');
}

/** Prints `type(e).__name__: e` for the exception the expression raises. */
const raised = (expr: string) => `try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + ':', e)\n`;

describe('requests: the API', () => {
  it('GET with params and headers; Response fields', () => {
    const out = run(`
r = requests.get(BASE + '/echo', params={'a': [1, 2], 'b': 'x y', 'skip': None}, headers={'X-Test': 'yes'})
print(r, r.status_code, r.ok, bool(r), r.reason, r.url == BASE + '/echo?a=1&a=2&b=x+y')
print(r.headers['content-type'], r.headers['X-MULTI'], 'x-multi' in r.headers, r.encoding)
d = r.json()
print(d['method'], d['url'], d['headers']['x-test'], d['headers']['user-agent'], d['headers']['accept-encoding'])
print(type(r.content).__name__, r.text == r.content.decode(), r.history, r.request, r.request.method)
`);
    expect(out).toBe('<Response [200]> 200 True True OK True\n'
      + 'application/json a, b True utf-8\n'
      + 'GET /echo?a=1&a=2&b=x+y yes python-requests/2.31.0 gzip, deflate\n'
      + 'bytes True [] <PreparedRequest [GET]> GET\n');
  });

  it('sends every method with json, form, bytes and str bodies', () => {
    const out = run(`
for method in ['post', 'put', 'patch', 'delete']:
    d = getattr(requests, method)(BASE + '/echo', json={'k': [1, 'é']}).json()
    print(d['method'], d['body'], d['headers']['content-type'], d['headers']['content-length'])
d = requests.post(BASE + '/echo', data={'k': 'v w', 'n': 1}).json()
print(d['body'], d['headers']['content-type'])
d = requests.put(BASE + '/echo', data=b'\\x00\\x01').json()
print(repr(d['body']), 'content-type' in d['headers'])
d = requests.request('OPTIONS', BASE + '/echo', data='text').json()
print(d['method'], d['body'])
d = requests.post(BASE + '/echo').json()
print(d['headers']['content-length'])
h = requests.head(BASE + '/echo')
print(h.status_code, h.content, h.headers['content-type'])
`);
    expect(out).toBe([
      'POST {"k": [1, "\\u00e9"]} application/json 20', 'PUT {"k": [1, "\\u00e9"]} application/json 20',
      'PATCH {"k": [1, "\\u00e9"]} application/json 20', 'DELETE {"k": [1, "\\u00e9"]} application/json 20',
      'k=v+w&n=1 application/x-www-form-urlencoded', "'\\x00\\x01' False", 'OPTIONS text', '0',
      "200 b'' application/json", '',
    ].join('\n'));
  });

  it('Session headers, params, auth and cookies', () => {
    const out = run(`
with requests.Session() as s:
    s.headers.update({'X-Session': 's'})
    s.params = {'p': 1}
    s.auth = ('user', 'pass')
    d = s.get(BASE + '/echo', params={'q': 2}, cookies={'c': 'v'}, headers={'User-Agent': None}).json()
print(d['url'], d['headers']['x-session'], d['headers']['authorization'], d['headers']['cookie'], 'user-agent' in d['headers'])
`);
    expect(out).toBe('/echo?p=1&q=2 s Basic dXNlcjpwYXNz c=v False\n');
  });

  it('status errors: raise_for_status and HTTPError in the requests format', () => {
    const out = run(`
r = requests.get(BASE + '/status/404')
print(r.ok, r.status_code, r.text)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(str(e) == '404 Client Error: Not Found for url: ' + BASE + '/status/404', e.response.status_code)
try:
    requests.get(BASE + '/status/503').raise_for_status()
except requests.exceptions.RequestException as e:
    print(type(e).__name__, str(e).split(' for url')[0])
print(requests.get(BASE + '/status/204').raise_for_status())
print(requests.codes.ok, requests.codes['not_found'])
`);
    expect(out).toBe('False 404 status 404\nTrue 404\nHTTPError 503 Server Error: Service Unavailable\nNone\n200 404\n');
  });

  it('decodes text by the Content-Type charset, gzip bodies, binary content, and json() errors', () => {
    const out = run(`
r = requests.get(BASE + '/latin1')
print(r.encoding, r.text)
r = requests.get(BASE + '/gzip', params={'n': 1000})
print(len(r.content), r.content[:3], r.headers['content-encoding'])
r = requests.get(BASE + '/binary')
print(len(r.content), r.content[250:])
${raised("requests.get(BASE + '/status/200').json()")}
try:
    requests.get(BASE + '/status/200').json()
except ValueError as e:
    print(isinstance(e, requests.exceptions.JSONDecodeError), isinstance(e, requests.RequestException))
`);
    expect(out).toBe("ISO-8859-1 café\n1000 b'\\x00\\x00\\x00' gzip\n256 b'\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'\n"
      + 'JSONDecodeError: Expecting value: line 1 column 1 (char 0)\nTrue True\n');
  });

  it('empty encoded bodies and deflate bodies', () => {
    const out = run(`
r = requests.get(BASE + '/empty-gzip')
print(r.status_code, r.content)
r = requests.get(BASE + '/deflate')
print(r.text, r.encoding)
`);
    expect(out).toBe("204 b''\ndeflated é utf-8\n");
  });

  it('an allow-listed IPv6 literal origin is reached (and only it)', () => {
    if (fx.origin6 === null) return;
    const out = run(`print(requests.get(${JSON.stringify(fx.origin6)} + '/echo').json()['headers']['host'])`, { allow: [fx.origin6] });
    expect(out).toBe(`${fx.origin6.slice('http://'.length)}\n`);
  });

  it('follows redirects (history, method change on 302/303, body kept on 307) and stops at max_redirects', () => {
    const out = run(`
r = requests.get(BASE + '/redirect', params={'to': '/echo?x=1'})
print(r.status_code, r.history, r.json()['url'], r.url == BASE + '/echo?x=1')
r = requests.post(BASE + '/redirect?to=/echo&code=303', data='body')
print(r.json()['method'], repr(r.json()['body']))
r = requests.post(BASE + '/redirect?to=/echo&code=307', data='body')
print(r.json()['method'], repr(r.json()['body']))
r = requests.get(BASE + '/redirect?to=/echo', allow_redirects=False)
print(r.status_code, r.is_redirect, r.headers['location'])
print(requests.get(BASE + '/chain/3').json()['url'])
s = requests.Session()
s.max_redirects = 2
${raised("s.get(BASE + '/chain/5')")}
`);
    expect(out).toBe("200 [<Response [302]>] /echo?x=1 True\nGET ''\nPOST 'body'\n302 True /echo\n/echo?chain=done\n"
      + 'TooManyRedirects: Exceeded 2 redirects.\n');
  });

  it('the host cap on redirects applies', () => {
    const e = fails(`requests.get(BASE + '/chain/5')`, { maxRedirects: 3 });
    expect(e).toBeInstanceOf(ScriptError);
    expect((e as ScriptError).pyType).toBe('requests.exceptions.TooManyRedirects');
  });

  it('URL errors like requests', () => {
    const out = run(`
${raised("requests.get('abc')")}
${raised("requests.get('ftp://example.com/x')")}
${raised("requests.get('http://')")}
${raised("requests.get(BASE, timeout=-1)")}
${raised("requests.get(BASE, headers={'X': 'a\\nb'})")}
${raised("requests.get(BASE, headers={'X': 1})")}
${raised("requests.get(BASE, proxies={'http': 'http://proxy'})")}
${raised("requests.get(BASE + '/echo', headers={'X': '€'})")}
`);
    expect(out).toBe([
      "MissingSchema: Invalid URL 'abc': No scheme supplied. Perhaps you meant https://abc?",
      "InvalidSchema: No connection adapters were found for 'ftp://example.com/x'",
      "InvalidURL: Invalid URL 'http://': No host supplied",
      'ValueError: Attempted to set connect timeout to -1, but the timeout cannot be set to a value less than or equal to 0.',
      "InvalidHeader: Invalid leading whitespace, reserved character(s), or return character(s) in header value: 'a\\nb'",
      "InvalidHeader: Header part (1) from ('X', 1) must be of type str or bytes, not <class 'int'>",
      'ValueError: proxies are not supported in the sandbox',
      `InvalidHeader: Invalid header name or value for '${fx.origin}/echo'`, '',
    ].join('\n'));
  });

  it('exception hierarchy matches requests', () => {
    const out = run(`
from requests.exceptions import ConnectTimeout, ReadTimeout, Timeout, ConnectionError, RequestException, MissingSchema
print(issubclass(ConnectTimeout, ConnectionError), issubclass(ConnectTimeout, Timeout), issubclass(ReadTimeout, Timeout))
print(issubclass(RequestException, IOError), issubclass(MissingSchema, ValueError), requests.Timeout is Timeout)
print(issubclass(requests.URLNotAllowed, PermissionError), issubclass(requests.URLNotAllowed, requests.ConnectionError))
`);
    expect(out).toBe('True True True\nTrue True True\nTrue True\n');
  });
});

describe('requests: caps and time', () => {
  it('a per-request timeout raises ReadTimeout and the script goes on', () => {
    const started = Date.now();
    const out = run(`
${raised("requests.get(BASE + '/slow', params={'ms': 5000}, timeout=0.3)")}
print(requests.get(BASE + '/echo').status_code)
`);
    expect(out).toBe(`ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=${fx.port}): Read timed out. (read timeout=0.3)\n200\n`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('the host timeout caps the script timeout', () => {
    const out = run(raised("requests.get(BASE + '/slow?ms=5000', timeout=100)"), { timeoutMs: 200 });
    expect(out).toMatch(/^ReadTimeout: .*\(read timeout=0\.2\)\n$/);
  });

  it('a slow server is cut off at the run deadline: the run ends with the deadline limit', () => {
    const started = Date.now();
    const e = fails(`
try:
    requests.get(BASE + '/slow?ms=10000')
except BaseException:
    print('caught')
`, {}, { timeoutMs: 400 });
    const elapsed = Date.now() - started;
    expect(e).toBeInstanceOf(ResourceExhausted);
    expect((e as ResourceExhausted).kind).toBe('deadline');
    expect(elapsed).toBeLessThan(400 + 1500);
  });

  it('bodies over maxBodyBytes raise ContentTooLarge, counted after decompression (gzip bombs)', () => {
    const out = run(`
print(len(requests.get(BASE + '/big?n=1000').content))
${raised("requests.get(BASE + '/big?n=5000')")}
${raised("requests.get(BASE + '/gzip?n=50000000')")}
`, { maxBodyBytes: 4096 });
    expect(out).toBe(`1000\nContentTooLarge: response body from '${fx.origin}/big?n=5000' is larger than the host allows\n`
      + `ContentTooLarge: response body from '${fx.origin}/gzip?n=50000000' is larger than the host allows\n`);
  });

  it('response headers over maxHeaderBytes are refused', () => {
    const out = run(raised("requests.get(BASE + '/bigheader')"), { maxHeaderBytes: 16384 });
    expect(out).toMatch(/^ConnectionError: .*response headers from '.*\/bigheader' are larger than the host allows\n$/);
  });

  it('response bodies count against the memory account', () => {
    const e = fails("r = [requests.get(BASE + '/big?n=100000').content for i in range(20)]", {}, { timeoutMs: 10000, maxMemoryBytes: 1_000_000 });
    expect(e).toBeInstanceOf(ResourceExhausted);
    expect((e as ResourceExhausted).kind).toBe('memory');
  });

  it('each request counts as a host call', () => {
    const e = fails("for i in range(10):\n    requests.get(BASE + '/echo')\n", {}, { timeoutMs: 10000, maxHostCalls: 3 });
    expect(e).toBeInstanceOf(ResourceExhausted);
    expect((e as ResourceExhausted).detail).toMatch(/host call limit of 3 calls exceeded \(calling requests\)/);
  });

  it('a refused connection is a ConnectionError in the requests format', () => {
    // An allow-listed origin where nothing listens (port 9 on loopback: discard, normally closed).
    const interp = new Interpreter({ libraries: new Registry().use('requests', { allow: ['http://127.0.0.1:9'] }), limits: { timeoutMs: 5000 } });
    interp.run(`import requests\n${raised("requests.get('http://127.0.0.1:9/x?y=1')")}`);
    expect(interp.takeOutput()).toBe("ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /x?y=1 "
      + '(Caused by NewConnectionError("HTTPConnection(host=\'127.0.0.1\', port=9): Failed to establish a new connection: [Errno 111] Connection refused"))\n');
  });
});

describe('requests: attacks', () => {
  /** Asserts the URL is refused with URLNotAllowed naming only the script's URL, and the canary saw nothing. */
  function refused(url: string, options: Record<string, unknown> = {}): void {
    const before = fx.canaryHits();
    const out = run(`
try:
    requests.get(${JSON.stringify(url)})
    print('reached')
except PermissionError as e:
    print(type(e).__name__, isinstance(e, requests.ConnectionError), '|', e)
`, options);
    expect(out).toBe(`URLNotAllowed True | URL not allowed: '${url.replaceAll('\\', '\\\\')}'\n`);
    expect(fx.canaryHits()).toBe(before);
  }

  it('other ports on the allowed host, and other hosts', () => {
    refused(fx.canaryOrigin + '/');
    refused(`http://127.0.0.1:${fx.canaryPort}/echo`);
    refused('http://example.com/');
    refused(`https://127.0.0.1:${fx.port}/echo`);
    refused('http://127.0.0.1/');
  });

  it('other spellings of loopback: 127.1, 2130706433, 0x7f.1, 0177.0.0.1, [::1], [::ffff:127.0.0.1], 0.0.0.0', () => {
    for (const host of ['127.1', '2130706433', '0x7f.1', '0177.0.0.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '0.0.0.0', '[::]', '[64:ff9b::7f00:1]']) {
      refused(`http://${host}:${fx.canaryPort}/`);
    }
    refused('http://169.254.169.254/latest/meta-data/');
    refused('http://[fd00:ec2::254]/');
  });

  it('spellings of the allowed literal are the same origin (blocking is by address, not by text)', () => {
    const [, port] = fx.origin.split(/:(?=\d+$)/);
    const out = run(`
for host in ['127.1', '2130706433', '0x7f.1', '0177.0.0.1']:
    print(requests.get('http://' + host + ':${port}/echo').url)
`);
    expect(out).toBe(`${fx.origin}/echo\n`.repeat(4));
  });

  it('userinfo tricks and credentials in URLs', () => {
    refused(`http://127.0.0.1:${fx.port}@127.0.0.1:${fx.canaryPort}/`);
    refused(`http://user:pass@127.0.0.1:${fx.port}/echo`);
    refused(`http://127.0.0.1:${fx.canaryPort}\\@127.0.0.1:${fx.port}/`);
  });

  it('a host name resolving to loopback is refused at connect time unless allowPrivate', () => {
    const before = fx.canaryHits();
    const allow = { allow: [`http://localhost:${fx.canaryPort}`] };
    const out = run(raised(`requests.get('http://localhost:${fx.canaryPort}/')`), allow);
    expect(out).toBe(`URLNotAllowed: URL not allowed: 'http://localhost:${fx.canaryPort}/'\n`);
    expect(fx.canaryHits()).toBe(before);
    expect(run(`print(requests.get('http://localhost:${fx.canaryPort}/').text)`, { ...allow, allowPrivate: true })).toBe('canary\n');
    expect(fx.canaryHits()).toBe(before + 1);
  });

  it('a redirect to a denied origin is refused before any connection', () => {
    const before = fx.canaryHits();
    for (const target of [fx.canaryOrigin + '/', `http://127.1:${fx.canaryPort}/`, `http://localhost:${fx.canaryPort}/`, 'http://169.254.169.254/']) {
      const url = `${fx.origin}/redirect?to=${encodeURIComponent(target)}`;
      const out = run(`
try:
    requests.get(${JSON.stringify(url)})
except requests.exceptions.URLNotAllowed as e:
    print(e, e.response.status_code)
`);
      expect(out).toBe(`redirect to a URL that is not allowed (from '${url}') 302\n`);
    }
    expect(fx.canaryHits()).toBe(before);
  });

  it('a redirect that changes the scheme (file:, https:, data:) is refused', () => {
    for (const target of ['file:///etc/passwd', `https://127.0.0.1:${fx.port}/echo`, 'data:text/plain,hi', 'gopher://127.0.0.1:70/']) {
      const out = run(raised(`requests.get(BASE + '/redirect?to=' + ${JSON.stringify(encodeURIComponent(target))})`));
      expect(out).toMatch(/^URLNotAllowed: redirect to a URL that is not allowed \(from '.*'\)\n$/);
    }
  });

  it('a path prefix in the allow-list is enforced, also after normalisation', () => {
    const options = { allow: [`${fx.origin}/status/`] };
    expect(run("print(requests.get(BASE + '/status/200').status_code)", options)).toBe('200\n');
    const out = run(`
${raised("requests.get(BASE + '/echo')")}
${raised("requests.get(BASE + '/status/../echo')")}
${raised("requests.get(BASE + '/status/%2e%2e/echo')")}
${raised("requests.get(BASE + '/status/..%2fecho')")}
${raised("requests.get(BASE + '/status/200/../../redirect')")}
`, options);
    expect(out.split('\n').filter((l) => l.startsWith('URLNotAllowed')).length).toBe(5);
  });

  it('does not forward the host proxy environment, cookies or credentials', () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${fx.canaryPort}`;
    process.env.http_proxy = `http://127.0.0.1:${fx.canaryPort}`;
    const before = fx.canaryHits();
    try {
      const out = run("d = requests.get(BASE + '/echo').json()\nprint(sorted(d['headers']))");
      expect(out).toBe("['accept', 'accept-encoding', 'connection', 'host', 'user-agent']\n");
    } finally {
      delete process.env.HTTP_PROXY;
      delete process.env.http_proxy;
    }
    expect(fx.canaryHits()).toBe(before);
  });

  it('Authorization is dropped when a redirect leaves the origin', () => {
    const other = `http://localhost:${fx.port}`;
    const out = run(`
r = requests.get(BASE + '/redirect', params={'to': '${other}/echo'}, auth=('u', 'p'))
print(r.url, 'authorization' in r.json()['headers'])
`, { allow: [fx.origin, other], allowPrivate: true });
    expect(out).toBe(`${other}/echo False\n`);
  });
});

describe('requests: registration', () => {
  it('needs exact http(s) origins', () => {
    expect(() => new Registry().use('requests', {})).toThrow(RegistrationError);
    expect(() => new Registry().use('requests', { allow: [] })).toThrow(RegistrationError);
    expect(() => new Registry().use('requests', { allow: ['ftp://x'] })).toThrow(/must be http or https/);
    expect(() => new Registry().use('requests', { allow: ['not a url'] })).toThrow(/is not a URL/);
    expect(() => new Registry().use('requests', { allow: ['http://u:p@x'] })).toThrow(/credentials/);
    expect(() => new Registry().use('requests', { allow: ['http://x'], proxy: 'y' })).toThrow(/unknown key 'proxy'|additional/);
    expect(() => new Registry({ policy: { maxTier: 'write' } }).use('requests', { allow: ['http://x'] })).toThrow(/tier 'network'/);
  });
});

describe('the address classifier (shared with the worker)', () => {
  it('refuses every non-public range', () => {
    const denied = ['127.0.0.1', '127.255.1.2', '0.0.0.0', '0.1.2.3', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
      '169.254.169.254', '169.254.1.1', '100.64.0.1', '100.127.255.255', '224.0.0.1', '255.255.255.255', '240.0.0.1',
      '198.18.0.1', '192.0.2.1', '::1', '::', '[::1]', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:8.8.8.8', '64:ff9b::7f00:1',
      'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '2001:db8::1', '2002:7f00:1::', '::127.0.0.1', 'nonsense'];
    for (const a of denied) expect(classifyAddress(a), a).not.toBeNull();
    const allowed = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '2a00:1450:4001::1'];
    for (const a of allowed) expect(classifyAddress(a), a).toBeNull();
    expect(classifyAddress('169.254.169.254')).toBe('metadata');
    expect(classifyAddress('::ffff:8.8.8.8')).toBe('ipv4-embedded');
    expect(classifyAddress('::ffff:10.0.0.1')).toBe('private');
    expect(classifyAddress('::ffff:a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('2002:7f00:1::')).toBe('loopback');
  });

  it('is self-contained, so its source can run in the worker', () => {
    const copy = new Function(`return (${classifyAddress.toString()})`)() as typeof classifyAddress;
    expect(copy('127.0.0.1')).toBe('loopback');
    expect(copy('8.8.8.8')).toBeNull();
  });
});
