# collections.Counter over a large generated text: word and letter counts,
# most_common, Counter arithmetic and per-line updates.
from collections import Counter


def make_text(nwords):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "xe", "du", "an", "el"]
    x = 12345
    lines = []
    line = []
    for i in range(nwords):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syllables[x % 12]
        if x % 5 > 1:
            w += syllables[(x >> 8) % 12]
        if x % 7 == 0:
            w += syllables[(x >> 16) % 12]
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    return lines


def main():
    lines = make_text(1000000)
    text = "\n".join(lines)
    words = Counter(text.split())
    letters = Counter(text)
    print("distinct words:", len(words), "total:", words.total())
    print("top words:", words.most_common(5))
    print("top letters:", letters.most_common(4))
    per_line = Counter()
    for ln in lines:
        per_line.update(ln.split())
    print("same:", per_line == words)
    half = Counter(text[: len(text) // 2].split())
    diff = words - half
    both = words & half
    print("diff:", diff.most_common(3), "both:", sum(both.values()))
    lengths = Counter(map(len, text.split()))
    print("lengths:", sorted(lengths.items()))


main()
