# builtin exception hierarchy
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError, UnboundLocalError,
            TimeoutError, OverflowError, AssertionError, BaseException, StopAsyncIteration, GeneratorExit, TabError,
            PermissionError, BrokenPipeError, FloatingPointError, NameError, AttributeError, BufferError, EOFError,
            MemoryError, ReferenceError, SyntaxError, SystemError, UnicodeTranslateError, Warning, DeprecationWarning]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception), issubclass(KeyError, LookupError),
      issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception),
      issubclass(StopIteration, Exception), issubclass(Exception, BaseException))
print(IOError is OSError, EnvironmentError is OSError, issubclass(UnicodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(bool, (str, int)), issubclass(KeyError, (TypeError, LookupError)), isinstance(KeyError(), LookupError))
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print("OSError caught", type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__)
print(BaseException.__name__, Exception.__bases__[0].__name__, ValueError.__bases__, LookupError.__subclasses__()[:2] if False else "")
