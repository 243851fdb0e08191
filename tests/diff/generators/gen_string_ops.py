def words(text):
    word = ""
    for ch in text:
        if ch.isalpha():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word
t = "Hello, world! This is   a test."
print(list(words(t)))
print(" ".join(w.upper() for w in words(t)))
print(max(words(t), key=len))
print({w: len(w) for w in words(t)})
