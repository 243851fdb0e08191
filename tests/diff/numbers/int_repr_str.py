xs = [0, 1, -1, 10, -10, 2**47 - 1, -2**47, 2**64, -(2**64), 10**50, -(10**50) + 1, 2**300, 7**200]
for x in xs:
    print(str(x), repr(x), len(str(x)))
print([1, -2, 2**70], (3, -(2**70)), {'k': 10**20})
print(str(True), repr(False), str(-0), repr(int('-0')))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(2**100), bin(0))
