/**
 * `logging`: Python's logging API (loggers in a dotted hierarchy, levels,
 * handlers, formatters with %, {} and $ styles, basicConfig, LoggerAdapter),
 * written in Python. Records go to the host's output sink (where print()
 * writes) unless a handler is given another stream; there are no file
 * handlers (open a file through the filesystem library and use StreamHandler).
 */
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import { None } from '../core/runtime/types.js';
import { tuple } from '../core/runtime/values.js';

const SOURCE = String.raw`"""Logging facility for Sandling scripts: Python's logging API, writing to the host's output."""

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

def _clock():
    import time
    return time.time()


_start_time = _clock()

_level_to_name = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_name_to_level = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                  'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True
_disable_level = 0


def getLevelName(level):
    """The name of a level number, or the number of a level name."""
    if level in _level_to_name:
        return _level_to_name[level]
    if level in _name_to_level:
        return _name_to_level[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    """Gives a level number a name (used when formatting records)."""
    _level_to_name[level] = levelName
    _name_to_level[levelName] = level


def getLevelNamesMapping():
    """A copy of the name -> level mapping."""
    return dict(_name_to_level)


def _check_level(level):
    if isinstance(level, bool) or not isinstance(level, (int, str)):
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if isinstance(level, int):
        return level
    if level not in _name_to_level:
        raise ValueError("Unknown level: %r" % level)
    return _name_to_level[level]


class _OutputStream:
    """The host's output sink (where print() writes)."""

    def write(self, text):
        print(text, end='')
        return len(text)

    def flush(self):
        pass

    def __repr__(self):
        return '<stderr>'


_output = _OutputStream()


class LogRecord:
    """One logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = _clock()
        self.msecs = int((self.created - int(self.created)) * 1000) + 0.0
        self.relativeCreated = (self.created - _start_time) * 1000
        self.thread = None
        self.threadName = None
        self.process = None
        self.processName = None

    def getMessage(self):
        """The message with its arguments merged in (msg % args)."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


def makeLogRecord(dict):
    """A LogRecord whose attributes come from a dict."""
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


class PercentStyle:
    default_format = '%(message)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt):
        self._fmt = fmt or self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def format(self, record):
        return self._fmt % record.__dict__


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_search = '{asctime'

    def format(self, record):
        return self._fmt.format(**record.__dict__)


class StringTemplateStyle(PercentStyle):
    default_format = '$' + '{message}'
    asctime_search = '$' + '{asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def format(self, record):
        out = self._fmt
        for key, value in record.__dict__.items():
            out = out.replace('$' + '{' + key + '}', str(value)).replace('$' + key, str(value))
        return out.replace('$$', '$')


_STYLES = {'%': PercentStyle, '{': StrFormatStyle, '$': StringTemplateStyle}


class Formatter:
    """Turns a LogRecord into text."""
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style](fmt)
        self._fmt = self._style._fmt
        self.datefmt = datefmt
        self._defaults = defaults

    def formatTime(self, record, datefmt=None):
        import time
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        return self.default_msec_format % (s, record.msecs)

    def formatException(self, ei):
        etype, value, tb = ei
        return 'Traceback (most recent call last):\n%s: %s' % (type(value).__name__, value) if str(value) else \
            'Traceback (most recent call last):\n%s' % type(value).__name__

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            saved = record.__dict__
            record.__dict__ = values
            try:
                return self._style.format(record)
            finally:
                record.__dict__ = saved
        return self._style.format(record)

    def format(self, record):
        """The record as text: the message, then any exception and stack."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets records from one logger (and its children) through."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


class Handler(Filterer):
    """Base class of handlers: filtering, a level and a formatter."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _check_level(level)
        self.formatter = None

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _check_level(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (default: the host's output)."""
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = _output if stream is None else stream

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.stream = stream
        return result

    def __repr__(self):
        name = getattr(self.stream, 'name', None)
        name = repr(self.stream) if name is None else str(name)
        return '<%s %s(%s)>' % (type(self).__name__, name + ' ' if False else name, getLevelName(self.level))


class NullHandler(Handler):
    """Discards every record."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)
        self.stream = _output


lastResort = _StderrHandler(WARNING)


class PlaceHolder:
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}


class Logger(Filterer):
    """A named channel for log messages."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ["message", "asctime"] or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = _current_exc_info()
        record = self.makeRecord(self.name, level, "<script>", 0, msg, args, exc_info, None, extra, None)
        self.handle(record)

    def handle(self, record):
        if not self.disabled:
            rv = self.filter(record)
            if isinstance(rv, LogRecord):
                record = rv
            if rv:
                self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0 and lastResort and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __repr__(self):
        return '<RootLogger root (%s)>' % getLevelName(self.getEffectiveLevel())


class LoggerAdapter:
    """Adds context (extra) to every call on a logger."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.logger.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}


def getLogger(name=None):
    """The logger with this dotted name (created on first use); the root logger without a name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    rv = _loggers.get(name)
    if rv is None:
        rv = Logger(name)
        _loggers[name] = rv
        _fix_up_parents(rv)
        _fix_up_children(rv)
    return rv


def _fix_up_parents(alogger):
    name = alogger.name
    i = name.rfind(".")
    while i > 0:
        parent = _loggers.get(name[:i])
        if parent is not None:
            alogger.parent = parent
            return
        i = name.rfind(".", 0, i - 1)
    alogger.parent = root


def _fix_up_children(alogger):
    prefix = alogger.name + '.'
    for other in _loggers.values():
        if other.name.startswith(prefix) and (other.parent is root or
                                              len(other.parent.name) < len(alogger.name)):
            other.parent = alogger


def basicConfig(**kwargs):
    """Configures the root logger: level, format, datefmt, style, stream, handlers, force."""
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            if kwargs.pop("filename", None) is not None:
                raise ValueError("logging to files needs the filesystem library: use a StreamHandler on an opened file")
            kwargs.pop("filemode", None)
            handlers = [StreamHandler(kwargs.pop("stream", None))]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style].default_format if style != '%' else BASIC_FORMAT)
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        kwargs.pop("encoding", None)
        kwargs.pop("errors", None)
        if kwargs:
            keys = ', '.join(kwargs.keys())
            raise ValueError('Unrecognised argument(s): %s' % keys)


def _ensure_configured():
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


warn = warning


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turns off every message at or below level."""
    global _disable_level
    _disable_level = level


def shutdown(handlerList=None):
    """Flushes and closes the root logger's handlers."""
    for h in root.handlers:
        h.flush()
        h.close()


def captureWarnings(capture):
    pass
`;

/** `_current_exc_info()`: (type, value, None) of the exception being handled, like sys.exc_info(). */
const currentExcInfo = nativeFunction('logging', '_current_exc_info', [], (rt) => {
  const e = rt.handling[rt.handling.length - 1];
  return e === undefined ? tuple([None, None, None]) : tuple([e.cls, e, None]);
});

const MEMBERS: [string, string, string][] = [
  ['getLogger', '(name=None)', 'The logger with this dotted name (created on first use); the root logger without a name.'],
  ['basicConfig', '(**kwargs)', 'Configures the root logger: level, format, datefmt, style, stream, handlers, force.'],
  ['debug', '(msg, *args, **kwargs)', 'Logs a DEBUG message on the root logger.'],
  ['info', '(msg, *args, **kwargs)', 'Logs an INFO message on the root logger.'],
  ['warning', '(msg, *args, **kwargs)', 'Logs a WARNING message on the root logger.'],
  ['error', '(msg, *args, **kwargs)', 'Logs an ERROR message on the root logger.'],
  ['exception', '(msg, *args, exc_info=True, **kwargs)', 'Logs an ERROR message with the exception being handled.'],
  ['critical', '(msg, *args, **kwargs)', 'Logs a CRITICAL message on the root logger.'],
  ['log', '(level, msg, *args, **kwargs)', 'Logs a message at any level on the root logger.'],
  ['disable', '(level=CRITICAL)', 'Turns off every message at or below level.'],
  ['getLevelName', '(level)', 'The name of a level number, or the number of a level name.'],
  ['addLevelName', '(level, levelName)', 'Gives a level number a name.'],
];

export const loggingLibrary = defineLibrary<Record<string, never>>({
  name: 'logging',
  version: '1.0.0',
  summary: "Python's logging API, writing to the host's output sink.",
  tier: 'pure',
  capabilities: [],
  modules: ['logging'],
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  docs: [{
    name: 'logging',
    summary: "Loggers, handlers and formatters; records go to the host's output.",
    members: [
      ...MEMBERS.map(([name, signature, doc]) => ({ name, kind: 'function' as const, signature, doc })),
      { name: 'Logger', kind: 'class', doc: 'A named channel for log messages.' },
      { name: 'Handler', kind: 'class', doc: 'Base class of handlers: filtering, a level and a formatter.' },
      { name: 'StreamHandler', kind: 'class', doc: "Writes formatted records to a stream (default: the host's output)." },
      { name: 'NullHandler', kind: 'class', doc: 'Discards every record.' },
      { name: 'Formatter', kind: 'class', doc: 'Turns a LogRecord into text (%, {} or $ style).' },
      { name: 'LoggerAdapter', kind: 'class', doc: 'Adds context (extra) to every call on a logger.' },
      { name: 'DEBUG', kind: 'constant', doc: '10' },
      { name: 'INFO', kind: 'constant', doc: '20' },
      { name: 'WARNING', kind: 'constant', doc: '30' },
      { name: 'ERROR', kind: 'constant', doc: '40' },
      { name: 'CRITICAL', kind: 'constant', doc: '50' },
    ],
  }],
  create: () => ({
    modules: [{
      name: 'logging',
      summary: "Python's logging API.",
      source: SOURCE,
      natives: () => ({ _current_exc_info: currentExcInfo }),
    }],
  }),
});
