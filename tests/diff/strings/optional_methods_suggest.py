# A misspelt method name still gets CPython's suggestion, for a method the
# program never names correctly.
for thunk in (
    lambda: "abc".uper(),
    lambda: "abc".titel(),
    lambda: b"abc".lstirp(),
    lambda: (5).bit_lenght(),
    lambda: {1}.discrad(1),
    lambda: "abc".isdecimall(),
):
    try:
        thunk()
    except AttributeError as e:
        print(e)
"abc".zfil(4)
