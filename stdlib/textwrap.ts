/**
 * The `textwrap` module: wrap, fill, shorten, dedent, indent and the
 * `TextWrapper` class. Written in Python (own implementation); the chunking
 * CPython does with a look-around regex is done here with a small scanner
 * that splits text at the same places.
 */
import type { ModuleDef } from '../core/modules.js';

const TEXTWRAP_SOURCE = String.raw`"""Text wrapping and filling.

wrap() and fill() break a paragraph into lines of a given width, shorten()
truncates text to a width with a placeholder, dedent() removes common
leading whitespace and indent() adds a prefix to lines. TextWrapper holds
all the options (width, indents, tab handling, hyphen and long-word
breaking, max_lines, placeholder...).
"""

import re as _re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _dashes_then_word(text, k):
    # Two or more hyphens at k, followed by a word character.
    j = k
    n = len(text)
    while j < n and text[j] == "-":
        j += 1
    return j - k >= 2 and j < n and _is_word(text[j])


def _hyphen_breaks(text, k):
    # Whether a compound word may break after the hyphen at k: two letters
    # (or letter, hyphen, letter) before it, and letter[-]letter after it.
    n = len(text)
    before = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or (
        k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
    if not before or k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    if text[k + 2] == "-" and k + 3 < n and _is_letter(text[k + 3]):
        return True
    return _is_letter(text[k + 2])


def _word_end(text, i):
    # End of the word chunk starting at i (text[i] is not whitespace).
    n = len(text)
    k = i + 1
    while True:
        if k < n and text[k] == "-" and _hyphen_breaks(text, k):
            return k + 1
        if k >= n or text[k] in _WHITESPACE:
            return k
        if _is_word_punct(text[k - 1]) and _dashes_then_word(text, k):
            return k
        k += 1


def _split_on_hyphens(text):
    # Whitespace runs, em-dashes between words, and words split after the
    # hyphens of compound words.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif text[i] == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while j < n and text[j] == "-":
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Wraps and fills text; the options are instance attributes.

    width (70), initial_indent (""), subsequent_indent (""), expand_tabs
    (True), replace_whitespace (True), fix_sentence_endings (False),
    break_long_words (True), drop_whitespace (True), break_on_hyphens
    (True), tabsize (8), max_lines (None) and placeholder (" [...]").
    wrap() and fill() are the public methods; the others may be overridden.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WHITESPACE), ord(" "))

    # Set a compiled pattern here to split text your own way (re.split
    # semantics); None uses the built-in word/hyphen scanner.
    wordsep_re = None
    wordsep_simple_re = _re.compile("([\t\n\x0b\x0c\r ]+)")
    sentence_end_re = _re.compile(r"[a-z][\.\!\?][\"\']?\Z")

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: words (broken after compound-word hyphens
        when break_on_hyphens is True) and runs of whitespace."""
        if self.break_on_hyphens is True:
            if self.wordsep_re is None:
                chunks = _split_on_hyphens(text)
            else:
                chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence endings ("end." followed by one space)."""
        i = 0
        ends_sentence = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Place (part of) a chunk too long for any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines with chunks; returns the list of lines."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            line = []
            size = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if size + n > width:
                    break
                line.append(chunks.pop())
                size += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == "":
                size -= len(line[-1])
                del line[-1]
            if not line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and size <= width):
                lines.append(indent + "".join(line))
                continue
            self._truncate(lines, line, size, indent, width)
            break
        return lines

    def _truncate(self, lines, line, size, indent, width):
        # The last allowed line: end it with the placeholder.
        while line:
            if line[-1].strip() and size + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + "".join(line))
                return
            size -= len(line[-1])
            del line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap one paragraph into a list of lines no longer than width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap one paragraph and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters
    (keyword arguments are TextWrapper options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return it as one string with newlines
    (keyword arguments are TextWrapper options)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending with
    the placeholder (" [...]") when words had to be dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the whitespace (spaces and tabs) common to the start of every
    non-blank line; lines holding only spaces and tabs become empty."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        if not line:
            continue
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default, lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return "".join(out)
`;

export const modules: ModuleDef[] = [
  { name: 'textwrap', summary: 'Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper.', source: TEXTWRAP_SOURCE },
];
