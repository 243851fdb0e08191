s = "Hello, World"
print(s, len(s), s[0], s[-1], s[2:5], s[::-1], s[::2])
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print(s.find("o"), s.rfind("o"), s.count("l"), s.replace("l", "L", 2))
print("  pad  ".strip() + "|", "x".center(7, "*"), "42".zfill(5))
print("abc" * 3, "a" + "b", "b" in "abc", "z" not in "abc")
name = "Molt"
n = 3
print(f"{name} has {n} letters? {len(name) == n}! {n:>4} {3.14159:.2f} {name!r}")
print(f"{n * 2 = }", f"{'nested' + '!'}", f"{{braces}}")
print(str(12), str(1.5), str(None), str(True), repr("it's"), repr('say "hi"'))
