import string
for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "printable"]:
    v = getattr(string, name)
    print(name, repr(v), len(v))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
