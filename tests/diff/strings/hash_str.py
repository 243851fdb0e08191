for s in ["", "a", "abc", "hello world", "é", "ÿ", "Ā", "中文", "😀", "a😀", "\ud800", "x" * 100]:
    print(repr(s), hash(s))
d = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(hash("abc") == hash("ab" + "c"))
