s = "  The Quick Brown Fox  "
print(repr(s.strip()), s.lstrip(), s.rstrip() + "|", s.split(), s.strip().split(" ", 2))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), t.capitalize(), t.casefold())
print(t.startswith("The"), t.endswith(("Fox", "Dog")), t.find("Quick"), t.index("Brown"), t.rfind("o"))
print(t.partition(" "), t.rpartition(" "), t.replace(" ", "_"), t.count("o"), t.isalpha(), "abc".isalpha())
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "x".ljust(4, ".") + "|", "x".rjust(4) + "|")
print("hello world".title(), "3".isdigit(), "3.5".isdigit(), "  ".isspace(), "AbC".isupper(), "tab\tsep".expandtabs(4))
print("prefix_body".removeprefix("prefix_"), "file.py".removesuffix(".py"), "abc".zfill(6), "-5".zfill(4))
