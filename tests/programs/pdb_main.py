# python -m pdb (pdb.main with sys.argv): stops at the script's first line, -c commands, breakpoints by file:line, restart with new arguments, sys.exit in the script, the program finishing and starting again; quits at end of input
import os
import sys

if "child" in sys.argv:
    def work(n):
        acc = []
        for i in range(n):
            acc.append(i * i)
        return acc
    result = work(3)
    print("result", result, sys.argv[1:])
    if "exit" in sys.argv:
        sys.exit(3)
else:
    import pdb
    here = os.path.join(os.getcwd(), "pdb_main.py")
    sys.argv = ["pdb", "-c", "b 9", "-c", "p 'from -c'", here, "child"]
    pdb.main()
