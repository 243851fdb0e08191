print 1
f'{x)}'
