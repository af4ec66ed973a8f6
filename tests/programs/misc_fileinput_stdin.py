# fileinput over standard input ('-' and no arguments)
import fileinput
import sys

sys.argv[1:] = []
for line in fileinput.input():
    print(repr(line), fileinput.filename(), fileinput.isstdin(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline())
print(fileinput.filename(), fileinput.lineno())
fileinput.close()
print(list(fileinput.input("-")))
