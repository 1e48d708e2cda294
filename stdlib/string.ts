/**
 * The `string` module: character-class constants, `capwords`, `Template`
 * ($-substitution) and `Formatter` (the machinery of `str.format`, open to
 * subclassing). Written in Python (own implementation) so subclasses hook in
 * exactly as with CPython; the pattern of `Template` runs on our `re`.
 */
import type { ModuleDef } from '../core/modules.js';

const STRING_SOURCE = String.raw`"""Common string constants and classes.

Constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation, printable.
Functions: capwords. Classes: Template ($-substitution) and Formatter
(customizable str.format).
"""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_` + "`" + String.raw`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join them
    with sep (a single space when sep is None or empty)."""
    words = s.split(sep)
    return (sep or " ").join([w.capitalize() for w in words])


# ----------------------------------------------------------------- Template

class _Chain:
    """Looks names up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_NO_MAPPING = {}


def _template_pattern(cls):
    # The pattern a Template class uses, unless the class sets 'pattern' itself.
    if "pattern" in cls.__dict__:
        source = cls.pattern
    else:
        delim = _re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        source = (delim + "(?:(?P<escaped>" + delim + ")|(?P<named>" + ident + ")|"
                  + "{(?P<braced>" + braced + ")}|(?P<invalid>))")
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string with $-placeholders: $name or the braced form, and $$ for a literal $.

    Subclasses may change delimiter, idpattern, braceidpattern, flags, or
    give the whole pattern (with groups escaped, named, braced, invalid).
    """

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno = len(lines)
            colno = i - len("".join(lines[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace every placeholder; a missing name raises KeyError."""
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(mapping[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise self._unrecognized()

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but leave unknown or invalid placeholders as they are."""
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise self._unrecognized()

        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """True when the template has no invalid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if mo.group("named") is None and mo.group("braced") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The placeholder names of the template, in order of first appearance."""
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return names


Template.pattern = _template_pattern(Template)


# ---------------------------------------------------------------- Formatter

def _decimal_or_text(text):
    # A field name part made only of decimal digits is an index (int).
    if text and all(c.isdecimal() for c in text):
        return int(text)
    return text


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) like str.format's parser.
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        size = i - start
        if c == "}" and (at_end or s[i] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                size -= 1
        literal = s[start:start + size]
        if not markup:
            yield (literal, None, None, None)
            continue
        name_start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        name = s[name_start:i - 1]
        conversion = None
        spec = ""
        if c == "!" or c == ":":
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        yield (literal, name, "", conversion)
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        break
            if depth != 0:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        yield (literal, name, spec, conversion)


def _split_field_name(name):
    # The first part of a field name and an iterator of (is_attribute, key) for the rest.
    i = 0
    n = len(name)
    while i < n and name[i] != "." and name[i] != "[":
        i += 1
    return _decimal_or_text(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] != "." and name[i] != "[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, name[start:i])
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = name[start:i]
            i += 1
            if i < n and name[i] != "." and name[i] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield (False, _decimal_or_text(key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """The str.format machinery as overridable methods: parse, get_field,
    get_value, check_unused_args, format_field and convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        """Format like format_string.format(*args, **kwargs)."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """Format with an explicit args sequence and kwargs mapping."""
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, auto):
        # auto is the next automatic field number, or False once fields were numbered by hand.
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == "":
                if auto is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto = False
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto = self._expand(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return "".join(out), auto

    def get_value(self, key, args, kwargs):
        """The argument for a field: args[key] for an int key, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called after formatting with the keys used; does nothing by default."""
        pass

    def format_field(self, value, format_spec):
        """Format one value: format(value, format_spec)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a conversion: None, 's' (str), 'r' (repr) or 'a' (ascii)."""
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate (literal_text, field_name, format_spec, conversion) over a format string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to and the key used to find it."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
`;

export const modules: ModuleDef[] = [
  { name: 'string', summary: 'Common string constants, capwords, Template and Formatter.', source: STRING_SOURCE },
];
