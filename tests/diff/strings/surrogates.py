s = "\ud800"
print(len(s), ascii(s), repr(s) == "'\\ud800'", s.isprintable(), s.isalpha())
t = "\ud83d" + "\ude00"
print(len(t), t == "😀", ascii(t), t.encode("utf-8", "surrogatepass"))
print(ascii(t[0]), ascii(t[1]), ascii(t[::-1]))
print("\udc80" < "\ue000", "\ud7ff" < "\ud800", "\udfff" < "😀")
try:
    print(s.encode())
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfe".decode("utf-8", "surrogateescape") == "\udcff\udcfe")
print(ascii(b"a\xffb".decode("utf-8", "surrogateescape")), "a\udcffb".encode("utf-8", "surrogateescape"))
print(hash("\ud800") == hash("\ud800"), ascii(s.upper()), ascii("x\ud800y".split("\ud800")))
