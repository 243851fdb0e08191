# Grows the wasm32 heap to ~150 MB in many memory.grow steps while it works:
# tests/wasm/runner-stress.sh runs it concurrently under tools/wasm-run.cjs.
words = []
x = 7
for i in range(600000):
    x = (x * 1103515245 + 12345) % 2147483648
    words.append("w" + str(x % 5000) + "-" + str(i % 97))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
text = " ".join(words)
print(len(words), len(counts), len(text), max(counts.values()))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
