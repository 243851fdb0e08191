for i in range(3):
    print("line", i)
import sys
sys.stdout.write("partial")
raise KeyError("boom")
