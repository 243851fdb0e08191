import sys
def main():
    try:
        print("working")
        return 4
    finally:
        print("finally before exit")
sys.exit(main())
