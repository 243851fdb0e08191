class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.OnlyStr object"))
print(str([s])[:20])
