# printf-style str formatting reached only through the % operator.
print("%s-%d" % ("x", 3))
s = "%05.1f|%-4s|%x"
print(s % (2.5, "ab", 255))
t = "%r and %a"
t %= ("q", "é")
print(t)
try:
    print("%d" % "nope")
except TypeError as e:
    print("TypeError:", e)
print("%(a)s=%(b)i" % {"a": "k", "b": 7})
