import sys
class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet("ignored")
except Quiet as e:
    print(repr(str(e)), repr(e))
def stage3():
    raise Quiet()
def stage2():
    try:
        stage3()
    except Quiet:
        raise LookupError()
stage2()
