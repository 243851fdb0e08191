# A near miss that differs only in case still gets the suggestion.
x = [3, 1, 2]
try:
    x.Sort()
except AttributeError as e:
    print(e)
x.SORT(reverse=True)
