text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over and over"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(word, n)
by_len = {}
for word in counts:
    by_len.setdefault(len(word), set()).add(word)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:6])
print(len(set(text.split())), len(counts), sum(counts.values()))
