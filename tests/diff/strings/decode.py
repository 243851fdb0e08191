for b in [b"abc", b"caf\xc3\xa9", b"\xe4\xb8\xad", b"\xf0\x9f\x98\x80", b""]:
    print(b, repr(b.decode()), repr(b.decode("utf-8")), repr(b.decode("latin-1")))
bad = [b"\xff", b"a\xffb", b"\xc3", b"\xe4\xb8", b"\xe4\x41", b"\xe4\xb8\x41", b"\xed\xa0\x80", b"\xf0\x9f\x98",
       b"\xf8\x88\x80\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"ok\x80\x80ok"]
for b in bad:
    for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
for b in [b"abc", b"a\x80b", b"\xff\xfe"]:
    for err in ["strict", "ignore", "replace"]:
        try:
            print(b, err, repr(b.decode("ascii", err)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
try:
    print(b"a".decode("bogus"))
except LookupError as e:
    print(type(e).__name__, e)
print(bytearray(b"\xc3\xa9").decode(), b"x".decode(encoding="ascii", errors="ignore"))
