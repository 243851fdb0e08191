# Shifts and floor division of big ints at the edges: zero and bool counts,
# counts past the value's size, huge counts, signs, and the errors.
b = 3 ** 200
for v in (b, -b, b + 1, -(b + 1), 2 ** 64, -(2 ** 64), 2**47, -(2**47)):
    print(v << 0 == v, v >> 0 == v, v << True, v >> True, (v >> 700), (v >> 317), (v << 33) >> 33 == v)
    print(v // 7, v % 7, divmod(v, -7), v // b, v % b, divmod(v, -b), divmod(b * b + 5, v))
print((0 * b) << 100, 0 << (2 ** 40), (-b) >> (2 ** 70), b >> (2 ** 70))
try:
    b << -1
except ValueError as e:
    print("ValueError", e)
try:
    b >> -(2 ** 80)
except ValueError as e:
    print("ValueError", e)
try:
    b // 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    b % 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    divmod(b, 0)
except ZeroDivisionError as e:
    print("ZDE", e)
print((1 << (2 ** 20)).bit_length(), ((-1) << 40000) >> 39999)
