poem = """Twinkle, twinkle, little star,
How I wonder what you are!
Up above the world so high,
Like a diamond in the sky."""
print(len(poem), poem.count("\n"), poem.count("twinkle"), poem.lower().count("twinkle"))
for i, line in enumerate(poem.split("\n")):
    print(i, line.upper() if i % 2 else line.swapcase(), line.endswith(","), line.find("the"))
words = poem.replace(",", "").replace(".", "").replace("!", "").split()
print(len(words), sorted(set([w.lower() for w in words]))[:8])
print(poem.partition("\n")[0], "/", poem.rpartition("\n")[2])
print(repr(poem[:20].expandtabs()), poem.title()[:30])
