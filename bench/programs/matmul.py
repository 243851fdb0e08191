# List indexing: matrix multiplication on lists of lists of floats.


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x % 1000) / 100.0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    k = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * p
        for t in range(k):
            aik = ai[t]
            bt = b[t]
            for j in range(p):
                row[j] += aik * bt[j]
        c.append(row)
    return c


def main():
    n = 110
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    c = matmul(c, a)
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
    print("trace:", round(trace, 3))


main()
