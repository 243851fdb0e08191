# SyntaxWarning: a number literal directly followed by a keyword.
x = 1
print(1if x else 2)
print([0x1for x in "ab"])
print(0o7and 5, 1or 2)
print(1.5if x else 0, 3jif x else 0)
