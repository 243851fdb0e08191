import textwrap
s = "The quick brown fox jumped over the lazy dog"
for w in range(6, 46, 4):
    print(w, repr(textwrap.shorten(s, w)))
print(textwrap.shorten("   spaced    out   text  ", 12))
print(textwrap.shorten("word", 10, placeholder="~"))
try:
    textwrap.shorten(s, 3)
except ValueError as e:
    print(e)
print(textwrap.shorten(s, 20, break_long_words=False))
