# A near miss of __round__ is suggested in the traceback ("Did you mean"),
# so the optional rounding part must be installed for it as well.
x = 2.5
print(x.__floor__())
x.__rond__()
