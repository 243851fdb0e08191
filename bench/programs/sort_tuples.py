# Sorting: many tuples sorted by a key function, and plain tuple order.


def main():
    records = []
    x = 12345
    for i in range(70000):
        x = (x * 1103515245 + 12345) % 2147483648
        records.append((x % 1000, "n" + str(x % 5003), i))
    by_key = sorted(records, key=lambda r: (r[1], -r[0]))
    natural = sorted(records)
    records.sort(key=lambda r: r[2] % 1000)
    checksum = 0
    for i in range(0, len(records), 997):
        checksum += by_key[i][0] * 3 + natural[i][2] + records[i][2]
    print("sort checksum:", checksum, by_key[0], natural[-1])


main()
