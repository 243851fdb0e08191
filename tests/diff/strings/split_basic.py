cases = ["a,b,c", "a,,b", ",a,", "", ",", "abc", "a, b, c"]
for s in cases:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
for s in ["  a b  c ", "", "   ", "a\tb\nc\x0bd\x0ce\rf", "a\u3000b\u2003c\x1cd\x85e", "one"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("xéxéx".split("é"), "😀a😀b😀".split("😀"))
print("abc".split(sep="b"), "a b c".split(sep=None, maxsplit=1))
