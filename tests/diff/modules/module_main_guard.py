import _util
def main():
    print("running main in", __name__)
    return 0
if __name__ == "__main__":
    main()
print(_util.__name__ != __name__)
