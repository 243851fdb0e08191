g = lambda x
