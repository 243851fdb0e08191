# itertools: pipelines of native iterators (count, islice, accumulate,
# product, combinations, groupby, chain, pairwise, batched).
import itertools
import operator


def main():
    total = 0
    for a, b in itertools.pairwise(itertools.islice(itertools.count(1, 3), 3000000)):
        total += b - a
    total += sum(itertools.accumulate(range(1500000), operator.add)) % 1000003
    for p in itertools.product(range(70), repeat=3):
        total += p[0] * p[1] - p[2]
    for c in itertools.combinations(range(100), 3):
        total += c[2] - c[0]
    keys = sorted([(i * 7919) % 97 for i in range(1500000)])
    for k, g in itertools.groupby(keys):
        total += k * len(list(g))
    for k, g in itertools.groupby(range(1500000), key=lambda v: v // 1000):
        total += k + sum(g)
    for batch in itertools.batched(itertools.chain(range(750000), range(750000)), 7):
        total += batch[0]
    print("itertools checksum:", total)


main()
