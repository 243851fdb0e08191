checks = [
    (ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (StopIteration, Exception),
    (SystemExit, Exception), (KeyboardInterrupt, BaseException), (ValueError, TypeError),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(ZeroDivisionError.__mro__)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(isinstance(e, Exception), isinstance(e, BaseException), type(e) is ValueError)
