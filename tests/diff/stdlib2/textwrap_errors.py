import textwrap

try:
    print('textwrap.wrap("abc", 0)', repr(textwrap.wrap("abc", 0)))
except Exception as x:
    print('textwrap.wrap("abc", 0)', type(x).__name__, x)
try:
    print('textwrap.wrap("abc", -1)', repr(textwrap.wrap("abc", -1)))
except Exception as x:
    print('textwrap.wrap("abc", -1)', type(x).__name__, x)
try:
    print('textwrap.fill("a b", width=1, max_lines=1)', repr(textwrap.fill("a b", width=1, max_lines=1)))
except Exception as x:
    print('textwrap.fill("a b", width=1, max_lines=1)', type(x).__name__, x)
try:
    print('textwrap.wrap("abc def ghi", 4, max_lines=2, placeholder="......")', repr(textwrap.wrap("abc def ghi", 4, max_lines=2, placeholder="......")))
except Exception as x:
    print('textwrap.wrap("abc def ghi", 4, max_lines=2, placeholder="......")', type(x).__name__, x)
try:
    print('textwrap.shorten("a b c", 1)', repr(textwrap.shorten("a b c", 1)))
except Exception as x:
    print('textwrap.shorten("a b c", 1)', type(x).__name__, x)
try:
    print('textwrap.TextWrapper(width=5).wrap(None)', repr(textwrap.TextWrapper(width=5).wrap(None)))
except Exception as x:
    print('textwrap.TextWrapper(width=5).wrap(None)', type(x).__name__, x)
try:
    print('textwrap.dedent(5)', repr(textwrap.dedent(5)))
except Exception as x:
    print('textwrap.dedent(5)', type(x).__name__, x)
try:
    print('textwrap.indent("a", None)', repr(textwrap.indent("a", None)))
except Exception as x:
    print('textwrap.indent("a", None)', type(x).__name__, x)
