# Exceptions: raising and catching in a hot loop (ValueError, KeyError, ZeroDivisionError).


def parse(s):
    if not s.isdigit():
        raise ValueError("not a number: " + s)
    return int(s)


def main():
    table = {"a": 1, "b": 2, "c": 3}
    keys = ["a", "x", "b", "y", "c", "z"]
    inputs = ["12", "x1", "7", "", "300", "4b"]
    ok = 0
    bad = 0
    total = 0
    for i in range(600000):
        try:
            total += parse(inputs[i % 6])
            ok += 1
        except ValueError:
            bad += 1
        try:
            total += table[keys[i % 6]]
        except KeyError:
            total -= 1
        try:
            total += 100 // (i % 7)
        except ZeroDivisionError:
            total += 5
        finally:
            total += 1
    print("ok", ok, "bad", bad, "total", total)


main()
