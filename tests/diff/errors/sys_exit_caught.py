import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
print("continuing")
sys.exit(0)
