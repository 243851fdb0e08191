with open(f) as g:
x = 1
