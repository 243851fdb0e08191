# coding: latin-1
x = 'çà' + (1 2 3)
