import sys
class Code:
    def __str__(self):
        return "custom exit object"
sys.exit(Code())
