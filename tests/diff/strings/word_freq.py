text = "the cat and the hat and the bat sat on the mat with a cat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in items:
    print(f"{w:>5} {c:2d} {'#' * c}")
print(max(freq, key=lambda k: freq[k]), len(freq))
longest = ""
for w in text.split():
    if len(w) > len(longest):
        longest = w
print(longest, text.title(), text.capitalize())
