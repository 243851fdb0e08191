import heapq
logs1 = [(1, "a1"), (4, "a2"), (9, "a3")]
logs2 = [(2, "b1"), (4, "b2"), (5, "b3")]
logs3 = []
print(list(heapq.merge(logs1, logs2, logs3)))
print(list(heapq.merge(logs1, logs2, key=lambda t: -t[0] if False else t[0])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], [6], reverse=True)), list(heapq.merge()), list(heapq.merge([1, 1], [1])))
it = heapq.merge(iter([1, 3]), iter([2]))
print(next(it), list(it))
def gen(start):
    for i in range(start, 20, 5):
        yield i
print(list(heapq.merge(gen(0), gen(2), gen(4))))
