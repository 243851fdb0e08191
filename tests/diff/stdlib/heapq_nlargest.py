import heapq
data = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(-1, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data), heapq.nlargest(100, data), heapq.nsmallest(10, iter(data)))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry', 'date']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, words, len))
pairs = [(1, 'b'), (1, 'a'), (0, 'c'), (1, 'c')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(2, pairs, key=lambda p: p[0]))
print(heapq.nlargest(2, []), heapq.nsmallest(3, 'hello'))
heapq.nlargest(2)
