__debug__ = (yield)
