import statistics
print(statistics.mean([1, 2]))
statistics.stdev([5])
