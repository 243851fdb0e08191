log = []
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        log.append("wrong handler")
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except IndexError as e:
        log.append("l1 caught " + str(e))
        return "recovered"
print(level1(), log)
def loop_errors():
    out = []
    for v in ["1", "x", "3", None, "5"]:
        try:
            out.append(int(v))
        except ValueError:
            out.append("bad")
        except TypeError as e:
            out.append(str(e))
    return out
print(loop_errors())
