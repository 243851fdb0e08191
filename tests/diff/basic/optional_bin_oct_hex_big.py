# bin/oct/hex of ints beyond a machine word go through the int's own
# formatting with an alternate-form spec.
big = 1 << 100
print(hex(big), oct(big), bin(big))
print(hex(-big - 12345), oct(-big), bin(big + 5))
print(hex(255), oct(8), bin(-7))
