try:
    {}["x"]
except KeyError:
    raise ValueError("replaced") from None
