# The suggestion for a misspelt int method the program never names correctly.
print((5).bit_count())
(5).bit_lenght()
