words = ["b", "a", "ab", "", "B", "é", "e", "z", "😀", "\uffff", "中", "aa", "a\x00"]
for x in words:
    row = []
    for y in words:
        row.append(("<" if x < y else "") + ("=" if x == y else "") + (">" if x > y else ""))
    print(repr(x), " ".join(row))
print(sorted(words))
print("abc" <= "abc", "abc" >= "abd", "abc" != "abc")
print("a" == 1, "1" == 1, "a" != None)
for op in ["<", ">", "<=", ">="]:
    try:
        if op == "<":
            print("a" < 1)
        elif op == ">":
            print("a" > None)
        elif op == "<=":
            print("a" <= 1.0)
        else:
            print("a" >= [1])
    except TypeError as e:
        print(type(e).__name__, e)
print(max(words), min(words))
