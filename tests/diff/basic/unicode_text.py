s = "naïve café — 日本語 🐍"
print(s, len(s), s[6], s[-1], s[::-1])
print(s.upper(), s.title(), s.encode("utf-8"), len(s.encode()))
print([ord(c) for c in "é日🐍"], "\u00e9" == "é", "\N{SNAKE}")
print("straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print(repr("\x00\x7f\u200b\U0001f600"), ascii("é🐍"))
print("日本" in s, s.find("語"), s.split(" "))
