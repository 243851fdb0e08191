# SyntaxWarnings of an imported module are printed when it is first imported.
import sys
sys.dont_write_bytecode = True  # CPython must compile _warnmod (no cached .pyc)
print("before import")
import _warnmod
import _warnmod as again
print(_warnmod.check(1), again.pattern)
