e = ""
print(repr(e.upper()), repr(e.strip()), e.split(), e.split(","), e.rsplit(","), e.splitlines(), e.partition("x"), e.rpartition("x"))
print(e.find(""), e.find("a"), e.count(""), e.startswith(""), e.endswith(""), repr(e.replace("", "x")), repr(e.join(["a"])))
print(e.isalpha(), e.isdigit(), e.isspace(), e.islower(), e.isupper(), e.istitle(), e.isidentifier(), e.isprintable(), e.isascii())
print(repr(e.center(3)), repr(e.zfill(2)), repr(e.expandtabs()), repr(e.title()), repr(e.casefold()), e.encode(), repr(e * 5))
print(repr(e[:]), repr(e[::-1]), len(e), hash(e), repr(e.format()), repr(e % ()), repr(f"{e}"), list(e))
b = b""
print(b.split(), b.split(b","), b.strip(), b.hex(), b.decode(), b.upper(), b.isalpha(), bytes.fromhex(""), b.splitlines(), b * 3)
