import time
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_yday, st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time(list(range(11)))
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
print(time.gmtime(0) < time.gmtime(1), hash(time.gmtime(5)) == hash(tuple(time.gmtime(5))), max(time.gmtime(0)))
y, m, d, *rest = time.gmtime(10 ** 9)
print(y, m, d, rest)
for bad in [(1, 2, 3), range(12)]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
time.gmtime(0).tm_nope
