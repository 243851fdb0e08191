x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -7; print(x)
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 50; print(x)
x >>= 20; print(x)
x &= 0xFFFF; print(x)
x |= 2**70; print(x)
x ^= 12345; print(x)
x /= 3; print(x)
y = 1.5
y += 1; y *= 2**10; y //= 3; y %= 7; y **= 2; print(y)
z = 1j
z += 1; z *= z; z /= 2; z **= 3; z -= 0.5; print(z)
b = True
b += True; print(b, type(b).__name__)
b = True
b &= False; print(b, type(b).__name__)
acc = 0
for i in range(1, 100):
    acc += i ** 3
    acc -= i * 2
    acc //= 2
print(acc)
