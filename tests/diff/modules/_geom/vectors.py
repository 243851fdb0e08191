def add(a, b):
    return (a[0] + b[0], a[1] + b[1])
def scale(v, k):
    return (v[0] * k, v[1] * k)
