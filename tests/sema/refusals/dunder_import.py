m = __import__("sys")
