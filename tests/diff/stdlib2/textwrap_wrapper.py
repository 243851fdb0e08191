import textwrap
w = textwrap.TextWrapper(width=12, initial_indent="> ", subsequent_indent=">> ")
s = "the rain in spain falls mainly on the plain"
print(w.wrap(s))
w.width = 20
print(w.fill(s))
w2 = textwrap.TextWrapper(width=10, expand_tabs=False, replace_whitespace=False)
print(w2.wrap("a\tb c\nd"))
w3 = textwrap.TextWrapper(tabsize=4, width=30)
print(w3.wrap("a\tb\tc"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [....]")
except ValueError as e:
    print(e)
print(textwrap.wrap("a\tb", 10, expand_tabs=False), textwrap.wrap("a\tb\tc", 30, tabsize=4, replace_whitespace=False))
