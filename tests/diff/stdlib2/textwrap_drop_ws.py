import textwrap
s = "  one   two  three    four five  "
for w in (4, 6, 9, 14):
    print(textwrap.wrap(s, w))
    print(textwrap.wrap(s, w, drop_whitespace=False))
    print(textwrap.wrap(s, w, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("\n\nab\n\ncd\n", 3))
print(textwrap.wrap("   ", 2), textwrap.wrap("", 5), textwrap.fill("", 5) == "")
