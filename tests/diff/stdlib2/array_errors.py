import array
for tc in "bBhHiIlLqQ":
    size = array.array(tc).itemsize
    for v in [-2 ** (8 * size), 2 ** (8 * size), -1, 2 ** 70, 1.5, "x", None]:
        try:
            array.array(tc, [v])
            print(tc, v, "ok")
        except (OverflowError, TypeError) as e:
            print(tc, v, type(e).__name__, e)
for tc in "fdu":
    for v in ["x", None, 1, 2 ** 70]:
        try:
            print(tc, array.array(tc, [v]))
        except (OverflowError, TypeError) as e:
            print(tc, v, type(e).__name__, e)
tests = [lambda: array.array("z"), lambda: array.array("b", "abc"), lambda: array.array("h", [1]) + array.array("b"),
         lambda: array.array("h").index(9), lambda: array.array("h").remove(9), lambda: array.array("h")[10],
         lambda: array.array("b").pop(), lambda: array.array("b", [1]).__setitem__(slice(0, 1), [1]),
         lambda: array.array("b", [1]).extend(array.array("h")), lambda: array.array("b", [1]).pop(5),
         lambda: array.array("b").tounicode(), lambda: array.array("b", [1]).__setitem__(3, 1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
