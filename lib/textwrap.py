"""Text wrapping and filling (written for Molt).

The text is cut into chunks (whitespace runs, words, the parts of hyphenated
words, em-dashes) by a hand-written scanner, then lines are filled greedily.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_wordpunct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(s, i):
    # length of the run of '-' at i when it is 2+ long and followed by a word char
    n = len(s)
    j = i
    while j < n and s[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(s[j]):
        return j - i
    return 0


def _letter_at(s, i):
    return 0 <= i < len(s) and _is_letter(s[i])


def _hyphen_break(s, k):
    # s[k] == '-': may a word be split right after this hyphen?
    before = (_letter_at(s, k - 1) and _letter_at(s, k - 2)) or \
        (_letter_at(s, k - 1) and k >= 2 and s[k - 2] == '-' and _letter_at(s, k - 3))
    if not before:
        return False
    if not _letter_at(s, k + 1):
        return False
    j = k + 2
    if j < len(s) and s[j] == '-':
        j += 1
    return _letter_at(s, j)


def _chunks_hyphen(s):
    out = []
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c in _WS:
            j = i + 1
            while j < n and s[j] in _WS:
                j += 1
            out.append(s[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_wordpunct(s[i - 1]):
            d = _dash_run(s, i)
            if d:
                out.append(s[i:i + d])
                i += d
                continue
        # a word: the shortest non-whitespace run that ends at a break point
        j = i + 1
        while True:
            if j < n and s[j] == '-' and _hyphen_break(s, j):
                j += 1
                break
            if j >= n or s[j] in _WS:
                break
            if _is_wordpunct(s[j - 1]) and _dash_run(s, j):
                break
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _chunks_simple(s):
    out = []
    n = len(s)
    i = 0
    while i < n:
        ws = s[i] in _WS
        j = i + 1
        while j < n and (s[j] in _WS) == ws:
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _sentence_end(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    return n >= 2 and chunk[n - 1] in '.!?' and chunk[n - 2] in 'abcdefghijklmnopqrstuvwxyz'


class TextWrapper:
    """Wraps and fills paragraphs of text (see the module functions)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
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
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True or self.break_on_hyphens:
            return _chunks_hyphen(text)
        return _chunks_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _long_word(self, chunks, pos, line, line_len, width):
        # chunks[pos] does not fit on an empty-enough line: split it or take it whole
        space_left = 1 if width < 1 else width - line_len
        word = chunks[pos]
        if self.break_long_words:
            cut = space_left
            if self.break_on_hyphens and len(word) > space_left:
                h = word.rfind('-', 0, space_left)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            line.append(word[:cut])
            chunks[pos] = word[cut:]
            return pos
        if not line:
            line.append(word)
            return pos + 1
        return pos

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pos = 0
        n = len(chunks)
        while pos < n:
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and lines and chunks[pos].strip() == '':
                pos += 1
                if pos >= n:
                    break
            line = []
            line_len = 0
            while pos < n and line_len + len(chunks[pos]) <= width:
                line.append(chunks[pos])
                line_len += len(chunks[pos])
                pos += 1
            if pos < n and len(chunks[pos]) > width:
                pos = self._long_word(chunks, pos, line, line_len, width)
                line_len = 0
                for c in line:
                    line_len += len(c)
            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_empty = pos >= n or (self.drop_whitespace and pos == n - 1 and
                                      not chunks[pos].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (rest_empty and line_len <= width):
                lines.append(ind + ''.join(line))
                continue
            # the last allowed line: end it with the placeholder
            placed = False
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(ind + ''.join(line))
                    placed = True
                    break
                line_len -= len(line[-1])
                line.pop()
            if not placed:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(ind + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _lead(line):
    i = 0
    while i < len(line) and (line[i] == ' ' or line[i] == '\t'):
        i += 1
    return line[:i]


def dedent(text):
    if not isinstance(text, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        lead = _lead(line)
        if len(lead) == len(line):
            lines[k] = ''
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            m = 0
            while m < len(margin) and m < len(lead) and margin[m] == lead[m]:
                m += 1
            margin = margin[:m]
    if margin:
        cut = len(margin)
        for k in range(len(lines)):
            if lines[k]:
                lines[k] = lines[k][cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
