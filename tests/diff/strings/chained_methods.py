text = """The Quick brown fox
jumps over the lazy dog.
  Indented line here
last"""
lines = text.splitlines()
for ln in lines:
    w = ln.strip().lower().replace(".", "").split()
    print(len(w), "-".join(w), ln.strip().title(), ln.center(30, ".")[:10])
counts = {}
for word in text.lower().replace(".", " ").split():
    counts[word] = counts.get(word, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
csv = "name,age,city\nann,30,paris\nbob,25,berlin"
rows = []
for line in csv.split("\n"):
    rows.append(line.split(","))
print(rows)
print(" | ".join([c.upper().ljust(6) for c in rows[0]]))
