tests = ["straße", "ß", "ﬁne", "İstanbul", "ΣΑΣ ΟΔΟΣ", "Σ", "aΣ", "ǆ", "ǅemal", "ŉ", "ΐ", "ﬃ", "ÉCOLE", "éCOLE",
         "groß", "Ⅻ", "ⓐⓑ", "𐐨𐐀", "i̇", "ꞵ", "ǰ", "ΆΈ", "Ǳ", "ῳ", "ᾼ"]
for t in tests:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
print(len("ß".upper()), len("ﬃ".upper()), len("İ".lower()))
