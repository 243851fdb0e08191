import string
f = string.Formatter()
print(f.format("{0} {1} {0}", "a", "b"))
print(f.format("{x}-{y!r}-{z:>5}", x=1, y="s", z=3))
print(f.format("{} {} {}", 1, 2, 3))
print(f.format("{0[1]} {a.real}", [5, 6], a=3))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
print(f.format("{{literal}} {0!s:^7}", "c"))
print(list(f.parse("a{0!r:>3}b{{c}}{x.y[1]}")))
print(f.vformat("{a}{0}", (1,), {"a": 2}))
for bad in ["{0} {}", "{} {0}", "{", "}", "{0!x}"]:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
