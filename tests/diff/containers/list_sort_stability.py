records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
multi = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(multi)
data = [(i % 7, i) for i in range(60)]
data.sort(key=lambda t: t[0])
print(data[:12])
print(all([data[i][1] < data[i + 1][1] for i in range(len(data) - 1) if data[i][0] == data[i + 1][0]]))
big = [(i * 7919) % 1009 for i in range(3000)]
big.sort()
print(big[:10], big[-10:], len(big))
print(big == sorted(big))
desc = list(range(100, 0, -1))
desc.sort()
print(desc[:5], desc[-5:])
