"""Run by both python3 and tspy (scripts/compare-tomllib.mjs): parse each .toml file named on the
command line (paths read one per line from the file given as argv[1]) with tomllib and print one
line per file: the repr of the result or the TOMLDecodeError message."""
import sys
import tomllib

with open(sys.argv[1]) as listing:
    paths = [line.rstrip("\n") for line in listing if line.strip()]
for path in paths:
    try:
        with open(path, "rb") as f:
            outcome = "ok " + repr(tomllib.load(f))
    except tomllib.TOMLDecodeError as e:
        outcome = "error " + str(e)
    except UnicodeDecodeError as e:
        outcome = "undecodable " + e.reason
    except Exception as e:
        outcome = "exception %s %s" % (type(e).__name__, e)
    print(path, outcome.replace("\n", "\\n"))
