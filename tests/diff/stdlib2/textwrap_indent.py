import textwrap
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(repr(textwrap.indent("a\r\nb\rc", "..")))
print(repr(textwrap.indent("x\ny\nz", "#", lambda l: l.startswith("y"))))
print(repr(textwrap.indent("", "!")))
