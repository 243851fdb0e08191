import string
for s in ["hello world", "  hello   world  ", "HELLO wORLD", "", "a", "x-y z-w", "tab\there\nnew"]:
    print(repr(string.capwords(s)))
print(string.capwords("a-b-c", "-"), string.capwords("one,,two", ","), string.capwords("aaa bbb", " "))
