"""Oracle for the parser tests: for each file named on stdin (one per line), what
`python3 -m ast -a FILE` computes, as one JSON line:
  {"file": F, "sha1": sha1 of the printed dump (with its newline)}   or
  {"file": F, "error": [type, msg, lineno, offset, end_lineno, end_offset]}
With --dump, the dump text itself is included ("dump": ...).
Runs in ONE python3 process for all files (see docs/internals/parser.md).
"""
import ast, hashlib, json, sys

def main():
    want_dump = "--dump" in sys.argv
    for line in sys.stdin:
        f = line.rstrip("\n")
        if not f:
            continue
        out = {"file": f}
        try:
            with open(f, "rb") as fp:
                src = fp.read()
            tree = ast.parse(src, f, "exec", type_comments=True)
            text = ast.dump(tree, include_attributes=True, indent=3) + "\n"
            out["sha1"] = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
            if want_dump:
                out["dump"] = text
        except RecursionError as e:
            out["error"] = ["RecursionError", str(e), None, None, None, None]
        except SyntaxError as e:
            out["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception as e:
            out["error"] = [type(e).__name__, str(e), None, None, None, None]
        print(json.dumps(out), flush=True)

main()
