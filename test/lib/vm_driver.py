"""Runs exported lib cases on the implementation executing this file (harness.py
--export-script embeds them as DATA), printing their transcripts as JSON, in harness.py's
format."""
import sys, json


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def _normalise(text):
    # addresses 0x... -> 0x? (as harness.py does)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text.startswith("0x", i) and i + 2 < n and text[i + 2] in "0123456789abcdefABCDEF":
            j = i + 2
            while j < n and text[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append("0x?")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def run(exported):
    results = []
    for module in exported:
        mod_out = []
        for case in module["cases"]:
            g = {"__name__": "casemod"}
            transcript = []
            real = sys.stdout
            try:
                exec(compile(module["setup"], "<setup>", "exec"), g)
            except BaseException as e:
                mod_out.append([f"setup failed: {type(e).__name__}: {e}"])
                continue
            for stmt in case["stmts"]:
                cap = _Capture()
                sys.stdout = cap
                try:
                    if stmt["kind"] == "eval":
                        cap.write(repr(eval(compile(stmt["src"], "<case>", "eval"), g)))
                    else:
                        exec(compile(stmt["src"], "<case>", "exec"), g)
                except BaseException as e:
                    cap.write(f"!{type(e).__name__}: {e}")
                finally:
                    sys.stdout = real
                transcript.append(_normalise("".join(cap.parts)))
            mod_out.append(transcript)
        results.append(mod_out)
    return results


DATA = None  # replaced by harness.py --export-script
print(json.dumps(run(json.loads(DATA))))
