def consumer():
    total = 0
    try:
        while True:
            item = yield
            total += item
            print("consumed", item)
    finally:
        print("total", total)
def producer(c, n):
    next(c)
    for i in range(n):
        c.send(i * i)
    c.close()
producer(consumer(), 4)
