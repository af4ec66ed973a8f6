"""Oracle for parser snippet tests. Reads a JSON list of [source, mode] or [source, mode, feature_version minor] on stdin and prints a JSON
list with, for each, what python3 gives for ast.parse(source, "<x>", mode, type_comments=True):
  ["ok", ast.dump(tree, include_attributes=True)]
  ["error", type, msg, lineno, offset, end_lineno, end_offset, text]  (text only for SyntaxError)
One python3 process for all snippets.
"""
import ast, json, sys

def main():
    items = json.load(sys.stdin)
    out = []
    for item in items:
        src, mode = item[0], item[1]
        fv = (3, item[2]) if len(item) > 2 else None
        try:
            tree = ast.parse(src, "<x>", mode, type_comments=True, feature_version=fv)
            out.append(["ok", ast.dump(tree, include_attributes=True)])
        except SyntaxError as e:
            out.append(["error", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text])
        except RecursionError as e:
            out.append(["error", "RecursionError", str(e), None, None, None, None])
        except Exception as e:
            out.append(["error", type(e).__name__, str(e), None, None, None, None])
    json.dump(out, sys.stdout)

main()
