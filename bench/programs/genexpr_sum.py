# Generator expressions feeding sum/max/min/any/all and str.join.


def main():
    data = list(range(200000))
    words = [str(i) for i in range(20000)]
    total = 0
    for r in range(5):
        total += sum(x * x for x in data if x % 3 != r)
        total += max(x ^ r for x in data)
        total += min(-x for x in data if x > r)
        total += sum(1 for x in data if x & 7 == r)
        total += any(x < 0 for x in data)
        total += all(x >= 0 for x in data)
        total += len("".join(w for w in words if len(w) > r % 4))
        total += sum(a * b for a in range(r + 10) for b in range(300))
    print("genexpr_sum checksum:", total)


main()
