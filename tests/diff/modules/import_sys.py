import sys
print(sys.maxsize, sys.version_info >= (3, 12), sys.version_info[:2], len(sys.argv))
print(sys.getrecursionlimit(), sys.byteorder)
sys.stdout.write("direct write\n")
sys.stderr.write("to stderr\n")
