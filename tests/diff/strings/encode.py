for s in ["abc", "é", "中", "😀", "aé中😀", ""]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("utf8"), s.encode("UTF-8"), len(s.encode()))
print("é".encode("latin-1"), "é".encode("latin1"), "é".encode("iso-8859-1"), "abc".encode("ascii"))
for enc in ["ascii", "latin-1"]:
    for s in ["é", "a€b", "€€x", "ab😀😀cd", "xyz"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(enc, err, repr(s), s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(type(e).__name__, e)
for s in ["\ud800", "a\udc80b", "\ud83d\ude00"]:
    try:
        print(s.encode())
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"))
print("a\udcffb".encode("utf-8", "surrogateescape"))
try:
    print("a".encode("nope"))
except LookupError as e:
    print(type(e).__name__, e)
try:
    print("é".encode("ascii", "bogus"))
except LookupError as e:
    print(type(e).__name__, e)
print("a".encode(encoding="ascii", errors="strict"))
try:
    print("a".encode(1))
except TypeError as e:
    print(type(e).__name__, e)
