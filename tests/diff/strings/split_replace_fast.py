# The direct paths of split(sep), replace() and upper()/lower(): results,
# lengths, identity of unchanged strs, counts, non-ASCII operands, subclasses.


class S(str):
    pass


def show(label, v):
    print(label, repr(v), [len(x) for x in v] if isinstance(v, list) else len(v))


text = "a,b,,c,"
show("split", text.split(","))
show("split max0", text.split(",", 0))
show("split max1", text.split(",", 1))
show("split max-1", text.split(",", -1))
show("split max big", text.split(",", 10**6))
show("split multi", "x::y::::z".split("::"))
show("split none found", "abc".split("::"))
s = "no separator here"
print("same object", s.split("|")[0] is s)
print("subclass part type", type(S("a,b").split(",")[0]).__name__, type(S("ab").split(",")[0]).__name__)
show("split nonascii sep", "a,b".split("é"))
show("split nonascii text", "é,ü,,ß".split(","))
show("split empty", "".split(","))
show("split one char parts", "a,b".split(","))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)

r = "item1;item2;item33"
show("replace", r.replace("item", "it"))
show("replace grow", r.replace("item", "ITEM-"))
show("replace count", r.replace("item", "x", 2))
show("replace count0", r.replace("item", "x", 0))
show("replace none", r.replace("zzz", "y"))
print("replace unchanged is", r.replace("zzz", "y") is r)
show("replace same size", "a;b;c;d;e;f;g;h".replace(";", ","))
show("replace same size count", "a;b;c;d;e;f;g;h".replace(";", ",", 3))
show("replace same size none", "abcdefghijk".replace(";", ","))
show("replace to empty", "aaaa".replace("a", ""))
show("replace to one", "abab".replace("ab", "", 1).replace("a", "z"))
show("replace to nonascii", "a-b-c".replace("-", "é"))
show("replace nonascii old", "aéb é".replace("é", "e"))
show("replace same bytes diff chars", "xxéxxxxé".replace("é", "ab"))
show("replace mixed", "€uro €".replace("€", "E"))
show("replace empty old", "abc".replace("", "-"))
show("replace empty old count", "abc".replace("", "-", 2))
show("replace subclass", S("hello world").replace("o", "0"))
print(type(S("hello").replace("l", "L")).__name__, type(S("hello").replace("z", "L")).__name__)
big = ",".join(str(i) for i in range(2000))
print(len(big.replace(",", ";")), big.replace(",", ";").count(";"), big.count("99"), big.find("1999"))
print(len(big.replace("1", "one")), big.replace("1", "one", 5)[:40])

show("upper", "hello, World 123".upper())
show("lower", "HELLO, World 123".lower())
show("upper one", "a".upper())
show("upper empty", "".upper())
show("upper nonascii", "straße ǆ".upper())
show("lower nonascii", "ΣΑΣ İ".lower())
print(type(S("ab").upper()).__name__, S("Ab").lower())
for ch in "@[`{":
    print(ch, ch.upper(), ch.lower(), (ch * 3).upper(), (ch * 3).lower())
# Indexing relies on the length and ASCII flag the direct paths set.
for v in ["xxéxxxxé".replace("é", "ab"), "a-b-c".replace("-", "é"), "aéb é".replace("é", "e"),
          "é,ü,,ß".split(",")[1], "hello".upper(), "€uro €".replace("€", "E")]:
    print(v[0], v[-1], v[1:3], v[::-1], len(v))
