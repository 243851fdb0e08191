class CM:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, tb is not None if et else None)
        return self.result


for result in (True, 1, "yes", 0, None, [], [0]):
    try:
        with CM(result):
            raise ValueError("boom")
        print("suppressed by", repr(result))
    except ValueError as e:
        print("propagated with", repr(result), e)
with CM(False) as c, CM(True) as d:
    print(c.result, d.result)
    raise KeyError("x")
print("after")
