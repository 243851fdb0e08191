import bisect
fl = [0.5, 1.0, 1.0, 2.5, 3.75]
print([bisect.bisect_left(fl, x) for x in (0, 1, 1.0, 2, 4)], [bisect.bisect_right(fl, x) for x in (0, 1, True, 2, 4)])
words = ['apple', 'banana', 'cherry', 'date']
print(bisect.bisect(words, 'blueberry'), bisect.bisect_left(words, 'cherry'), bisect.bisect_right(words, 'cherry'))
bisect.insort(words, 'coconut')
print(words)
print(bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left(range(0, 100, 5), 45), bisect.bisect('aceg', 'f'))
