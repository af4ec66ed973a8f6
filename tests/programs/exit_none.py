import sys
def main():
    print("main")
    return None
sys.exit(main())
