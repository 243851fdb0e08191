# Dict work: counting generated words, then ranking the most frequent.


def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "xe", "du"]
    words = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 1 + x % 3
        w = ""
        y = x
        for _ in range(length):
            y = y // 10
            w += syllables[y % 10]
        words.append(w)
    return words


def main():
    words = make_words(120000)
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    pairs = {}
    prev = ""
    for w in words:
        key = prev + " " + w
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct words:", len(counts), "distinct pairs:", len(pairs))
    for w, c in top:
        print(w, c)


main()
