def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out
print([m(10) for m in make_multipliers()])
def cell_after_def():
    def get():
        return value
    value = "assigned later"
    return get()
print(cell_after_def())
def unbound_free():
    def get():
        return value
    try:
        return get()
    except NameError as e:
        return str(e)
    value = 1
print(unbound_free())
def param_cell(p):
    def show():
        return p * 2
    p += 1
    return show()
print(param_cell(5))
