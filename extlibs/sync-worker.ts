/**
 * The worker side of the sync bridge (see sync-bridge.ts): the asynchronous
 * jobs the synchronous interpreter cannot do itself, an HTTP exchange and a
 * child process. This file's functions are never called in the host thread:
 * `workerMain`'s source text becomes the worker's code, so it must stay
 * self-contained (no imports at run time, no outer names; Node modules come
 * from the `require` it is given).
 *
 * Each job answers exactly once, through `reply`. An `abort` message (the
 * caller's timeout or the run's deadline) ends the job at once: the request is
 * destroyed, or the child's whole process group is killed, and the partial
 * result is sent.
 */

/** What the caller sends to start an HTTP exchange (a parsed, allowed target). */
export interface HttpJob {
  readonly kind: 'http';
  readonly protocol: 'http:' | 'https:';
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly method: string;
  readonly headers: [string, string][];
  readonly body: Uint8Array | null;
  /** 'literal': an allow-listed IP; 'public'/'private': which resolved addresses are accepted. */
  readonly resolve: 'literal' | 'public' | 'private';
  /** Address classes `resolve: 'private'` accepts. */
  readonly lifted: readonly string[];
  readonly maxBodyBytes: number;
  readonly maxHeaderBytes: number;
  readonly verify: boolean;
  /** Read and count the body but do not keep it (pollers only need the status). */
  readonly discardBody: boolean;
}

export type HttpResult =
  | { ok: true; status: number; reason: string; headers: string[]; body: Uint8Array }
  | { ok: false; error: string; connected: boolean };

/** What the caller sends to run a program (already checked by the command guard). */
export interface SpawnJob {
  readonly kind: 'spawn';
  readonly file: string;
  readonly args: string[];
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly input: Uint8Array | null;
  readonly stdout: 'pipe' | 'ignore';
  /** 'stdout': merged into the stdout capture. */
  readonly stderr: 'pipe' | 'ignore' | 'stdout';
  readonly maxOutputBytes: number;
}

export type SpawnResult =
  | { ok: true; code: number | null; signal: string | null; stdout: Uint8Array; stderr: Uint8Array }
  | { ok: false; error: string; stdout: Uint8Array; stderr: Uint8Array };

export type Job = HttpJob | SpawnJob;

/**
 * The worker's code. Called in the worker as
 * `(workerMain)(require, classifyAddress)`; listens on the port passed in
 * `workerData` and bumps `workerData.signal[0]` after each reply so the
 * blocked caller wakes up.
 */
export function workerMain(require: NodeJS.Require, classifyAddress: (address: string) => string | null): void {
  const { workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const http = require('node:http') as typeof import('node:http');
  const https = require('node:https') as typeof import('node:https');
  const dns = require('node:dns') as typeof import('node:dns');
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const childProcess = require('node:child_process') as typeof import('node:child_process');

  const port = workerData.port as import('node:worker_threads').MessagePort;
  const signal = new Int32Array(workerData.signal as SharedArrayBuffer);
  /** Abort functions of the running jobs, by id. */
  const running = new Map<number, () => void>();

  const reply = (id: number, result: unknown): void => {
    if (!running.delete(id)) return; // already answered (aborted, or a late event)
    port.postMessage({ id, result });
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };

  /** Concatenates chunks into one fresh Uint8Array (never a pooled Buffer's memory). */
  const joined = (chunks: Uint8Array[], total: number): Uint8Array => {
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };

  // ------------------------------------------------------------------ HTTP

  /** Whether this job's policy refuses to connect to an address. */
  const refusedAddress = (job: HttpJob, address: string): boolean => {
    if (job.resolve === 'literal') return false;
    const label = classifyAddress(address);
    if (label === null) return false;
    return !(job.resolve === 'private' && job.lifted.includes(label));
  };

  /** A `lookup` for http.request that resolves, then refuses denied addresses: the checked address is the connected one. */
  const guardedLookup = (job: HttpJob) => (hostname: string, options: { all?: boolean; family?: number; hints?: number }, callback: (...a: unknown[]) => void): void => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints ?? 0 }, (err, addresses) => {
      if (err) return callback(err);
      if (addresses.length === 0 || addresses.some((a) => refusedAddress(job, a.address))) {
        const denied = Object.assign(new Error('address not allowed'), { code: 'E_SANDLING_DENIED' });
        return callback(denied);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };

  const errorKind = (e: unknown): string => {
    const code = String((e as { code?: unknown })?.code ?? '');
    if (code === 'E_SANDLING_DENIED') return 'denied';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME') return 'dns';
    if (code === 'ECONNREFUSED') return 'refused';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return 'reset';
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return 'unreachable';
    if (code === 'HPE_HEADER_OVERFLOW') return 'header-too-large';
    if (code.startsWith('HPE_')) return 'protocol';
    if (code === 'ERR_INVALID_CHAR' || code === 'ERR_INVALID_HTTP_TOKEN' || code === 'ERR_HTTP_INVALID_HEADER_VALUE') return 'invalid-header';
    if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO/.test(code)) return 'ssl';
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_ZLIB') return 'decode';
    return 'connection';
  };

  const runHttp = (id: number, job: HttpJob): (() => void) => {
    let connected = false;
    /** Stops a body decoder too, so a decompression bomb stops inflating as soon as the job ends. */
    let stopDecoder = (): void => {};
    let req: import('node:http').ClientRequest | null = null;
    const fail = (error: string): void => {
      req?.destroy();
      stopDecoder();
      reply(id, { ok: false, error, connected } satisfies HttpResult);
    };
    const headers: Record<string, string> = Object.create(null);
    for (const [k, v] of job.headers) headers[k] = v;
    const mod = job.protocol === 'https:' ? https : http;
    try {
      req = mod.request({
        protocol: job.protocol,
        host: job.host,
        port: job.port,
        path: job.path,
        method: job.method,
        headers,
        agent: false, // no pooled sockets shared across jobs or runs
        lookup: guardedLookup(job) as never,
        maxHeaderSize: job.maxHeaderBytes,
        rejectUnauthorized: job.verify,
      });
    } catch (e) {
      fail(errorKind(e)); // invalid header characters or method are refused synchronously
      return () => {};
    }
    req.on('socket', (socket) => {
      socket.once('connect', () => { connected = true; });
      socket.once('secureConnect', () => { connected = true; });
    });
    req.on('error', (e) => fail(errorKind(e)));
    req.on('response', (res) => {
      connected = true;
      const chunks: Uint8Array[] = [];
      let total = 0;
      let raw = 0;
      const keep = (c: Buffer): void => {
        total += c.length;
        // Counted after decompression: a small gzip body may not grow past the cap.
        if (total > job.maxBodyBytes) return fail('too-large');
        if (!job.discardBody) chunks.push(c);
      };
      const done = (): void => reply(id, {
        ok: true, status: res.statusCode ?? 0, reason: res.statusMessage ?? '', headers: res.rawHeaders,
        body: joined(chunks, job.discardBody ? 0 : total),
      } satisfies HttpResult);
      const encoding = job.method === 'HEAD' ? '' : String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
      // Created at the first body byte, so empty bodies (204, 304) never meet a decoder.
      let decoder: import('node:zlib').Gunzip | import('node:zlib').Inflate | import('node:zlib').BrotliDecompress | null = null;
      const decoderFor = (): typeof decoder => {
        if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
        if (encoding === 'deflate') return zlib.createInflate();
        if (encoding === 'br') return zlib.createBrotliDecompress();
        return null;
      };
      res.on('data', (c: Buffer) => {
        raw += c.length;
        if (raw > job.maxBodyBytes) return fail('too-large');
        if (decoder === null && encoding !== '') {
          decoder = decoderFor();
          const created = decoder;
          stopDecoder = () => created?.destroy();
          decoder?.on('data', keep);
          decoder?.on('error', () => fail('decode'));
          decoder?.on('end', done);
        }
        if (decoder === null) keep(c);
        else decoder.write(c);
      });
      res.on('error', (e) => fail(errorKind(e)));
      res.on('end', () => {
        if (decoder === null) done();
        else decoder.end();
      });
    });
    req.end(job.body === null ? undefined : Buffer.from(job.body));
    return () => fail('timeout');
  };

  // ------------------------------------------------------------- processes

  const spawnCode = (e: unknown): string => `spawn:${String((e as { code?: unknown })?.code ?? 'EIO')}`;

  const runSpawn = (id: number, job: SpawnJob): (() => void) => {
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let pid: number | undefined;
    const killGroup = (): void => {
      // The child leads its own process group (detached), so -pid reaches its descendants too.
      if (pid === undefined) return;
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const finish = (result: Record<string, unknown>): void => {
      reply(id, { ...result, stdout: joined(out, outBytes), stderr: joined(err, errBytes) });
    };
    const fail = (error: string): void => {
      killGroup();
      finish({ ok: false, error });
    };
    let child: import('node:child_process').ChildProcess;
    try {
      child = childProcess.spawn(job.file, job.args, {
        cwd: job.cwd,
        env: job.env,
        detached: true,
        shell: false,
        windowsHide: true,
        stdio: [job.input === null ? 'ignore' : 'pipe', job.stdout, job.stderr === 'stdout' ? 'pipe' : job.stderr],
      });
    } catch (e) {
      finish({ ok: false, error: spawnCode(e) });
      return () => {};
    }
    pid = child.pid;
    const collect = (toStdout: boolean) => (c: Buffer): void => {
      if (toStdout) {
        outBytes += c.length;
        out.push(c);
      } else {
        errBytes += c.length;
        err.push(c);
      }
      if (outBytes + errBytes > job.maxOutputBytes) fail('output-limit');
    };
    child.stdout?.on('data', collect(true));
    child.stderr?.on('data', collect(job.stderr === 'stdout'));
    child.on('error', (e) => finish({ ok: false, error: spawnCode(e) }));
    child.on('close', (code, sig) => {
      // Leftover descendants (background jobs) must not outlive the call.
      killGroup();
      finish({ ok: true, code, signal: sig });
    });
    if (child.stdin) {
      child.stdin.on('error', () => {}); // the child may exit without reading its input (EPIPE)
      child.stdin.end(job.input === null ? undefined : Buffer.from(job.input));
    }
    return () => fail('timeout');
  };

  port.on('message', (msg: { type: 'job'; id: number; job: Job } | { type: 'abort'; id: number }) => {
    if (msg.type === 'abort') {
      running.get(msg.id)?.();
      return;
    }
    running.set(msg.id, () => {});
    try {
      const abort = msg.job.kind === 'http' ? runHttp(msg.id, msg.job) : runSpawn(msg.id, msg.job);
      if (running.has(msg.id)) running.set(msg.id, abort);
    } catch {
      reply(msg.id, { ok: false, error: 'internal', connected: false, stdout: new Uint8Array(0), stderr: new Uint8Array(0) });
    }
  });
}
