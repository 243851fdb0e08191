import time
print(time.asctime((2024, 2, 9, 3, 5, 9, 4, 40, 0)), time.asctime(time.gmtime(10 ** 10)), time.asctime(time.gmtime(0)))
print(time.ctime(0), time.ctime(1e9), time.ctime(-86400 * 365))
print(time.asctime((99999, 12, 31, 23, 59, 59, 6, 365, 0)))
print(len(time.ctime()), len(time.asctime()), type(time.localtime()).__name__)
time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))
