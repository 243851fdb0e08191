for *a, *b in []:
    pass
