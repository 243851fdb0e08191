class ParseError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad input {s!r}") from e


try:
    parse("x1")
except ParseError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ParseError("during handling")
except ParseError as e:
    print(repr(e.__context__), e.__cause__)
parse("zz")
