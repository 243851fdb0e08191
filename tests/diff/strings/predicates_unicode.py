tests = ["é", "中文", "²", "½", "Ⅻ", "٣", "①", "\u3000", "\x85", "\xa0", "\u200b", "ǅ", "ǅa", "Σσ", "𝟘", "🙂", "\u0301",
         "a\u0301", "Ⅰ", "ⅰ", "ꞵ", "\ud800", "\U000e0001", "xé", "\u2028", "\U0001d7ce", "𐐀", "κόσμε", "ⓐ", "ª"]
for t in tests:
    print(ascii(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
try:
    print("a".isalpha(1))
except TypeError as e:
    print(type(e).__name__, e)
