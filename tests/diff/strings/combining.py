s = "e\u0301a\u0308o\u0302"
print(len(s), ascii(s), ascii(s.upper()), ascii(s[::-1]), s.isalpha(), s.isprintable())
for ch in s:
    print(hex(ord(ch)), ch.isalpha(), ch.isalnum(), ascii(ch.upper()))
print(ascii("\u0301".title()), ascii("a\u0301b".title()), ascii("A\u0301B".istitle()))
print(ascii("x\u0301y".capitalize()), ascii("ǅ\u0301".swapcase()))
print("\u0301".isidentifier(), "a\u0301".isidentifier(), "_\u0301".isidentifier())
