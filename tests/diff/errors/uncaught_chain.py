try:
    int("nope")
except ValueError as e:
    raise RuntimeError("conversion failed") from e
