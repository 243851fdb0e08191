def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError branch"
    except LookupError:
        return "LookupError branch"
    except (ValueError, TypeError) as e:
        return "Value/Type: " + type(e).__name__
    except Exception:
        return "Exception branch"
for exc in [KeyError("k"), IndexError(), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), TypeError(), RuntimeError()]:
    print(classify(exc))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
