"""Differential harness for tspy's bundled library (lib/).

Each test/lib/cases/NAME.py holds cases separated by lines starting with `# ---`.
The chunk before the first separator is a setup run (silently) at the start of every case.
Each case runs twice in this one python3 process: once against CPython's own modules, once
against ours from lib/ (loaded under their real names but kept out of sys.modules; every
import of a name that lib/ owns, from our modules or from the case, resolves to ours).
Statements run one at a time, like the interactive prompt: an expression statement records
repr(value); printed output is recorded; an exception records "!Type: message" and the case
goes on with its next statement. Both transcripts must be identical (addresses normalised).

Usage: python3 test/lib/harness.py [--json] NAME...
"""
import ast, builtins, collections, importlib.util, io, json, os, re, signal, sys, types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, "lib")
SHIM = os.path.join(HERE, "tspy_shim.py")  # stands in for the VM's `_tspy` module
ADDR = re.compile(r"0x[0-9a-fA-F]+")
# lib/ packages that are thin layers over tspy's own native modules (lib/re over tspy's _sre,
# whose API is not CPython's): under python3 CPython's module stands in for them; they are
# checked on tspy itself (tests/programs/re_*.py, test/modules/re-module.test.ts).
NATIVE_LAYERS = ("re",)


class SysProxy(types.ModuleType):
    """The `sys` our modules see: the real one, except that sys.modules shows our modules
    first (as it would under tspy, where they are the only ones)."""

    def __init__(self, ours):
        super().__init__("sys")
        object.__setattr__(self, "_modules", collections.ChainMap(ours.mods, sys.modules))

    def __getattr__(self, name):
        if name == "modules":
            return object.__getattribute__(self, "_modules")
        return getattr(sys, name)

    def __setattr__(self, name, value):
        setattr(sys, name, value)

    def __delattr__(self, name):
        delattr(sys, name)


class Ours:
    """Our lib/ modules, loaded on demand into a private registry."""

    def __init__(self):
        self.mods = {}
        self.sys = SysProxy(self)
        self.builtins = dict(vars(builtins))
        self.builtins["__import__"] = self.importer

    def path_of(self, fullname):
        if fullname == "_tspy":
            return SHIM, False
        if fullname.split(".")[0] in NATIVE_LAYERS:
            return None, False
        rel = os.path.join(LIB, *fullname.split("."))
        if os.path.isfile(rel + ".py"):
            return rel + ".py", False
        if os.path.isfile(os.path.join(rel, "__init__.py")):
            return os.path.join(rel, "__init__.py"), True
        return None, False

    def owns(self, fullname):
        return fullname in self.mods or self.path_of(fullname)[0] is not None

    def load(self, fullname):
        m = self.mods.get(fullname)
        if m is not None:
            return m
        parent = None
        if "." in fullname:
            parent = self.load(fullname.rpartition(".")[0])
        path, pkg = self.path_of(fullname)
        if path is None:
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        spec = importlib.util.spec_from_file_location(
            fullname, path, submodule_search_locations=[os.path.dirname(path)] if pkg else None)
        m = importlib.util.module_from_spec(spec)
        m.__dict__["__builtins__"] = self.builtins
        self.mods[fullname] = m
        try:
            spec.loader.exec_module(m)
        except BaseException:
            del self.mods[fullname]
            raise
        if parent is not None:
            setattr(parent, fullname.rpartition(".")[2], m)
        return m

    def importer(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level:
            pkg = (globals or {}).get("__package__") or ""
            base = pkg.rsplit(".", level - 1)[0] if level > 1 else pkg
            name = f"{base}.{name}" if name else base
        top = name.partition(".")[0]
        if name == "sys":
            return self.sys
        if not self.owns(top):
            return builtins.__import__(name, globals, locals, fromlist, 0)
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            self.load(".".join(parts[:i]))
        if fromlist:
            m = self.mods[name]
            for x in fromlist:
                if x != "*" and not hasattr(m, x) and self.owns(f"{name}.{x}"):
                    self.load(f"{name}.{x}")
            return m
        return self.mods[top]


def split_cases(src):
    chunks, cur, title = [], [], "setup"
    for line in src.splitlines(keepends=True):
        if line.startswith("# ---"):
            chunks.append((title, "".join(cur)))
            cur, title = [], line[5:].strip() or f"case {len(chunks)}"
        else:
            cur.append(line)
    chunks.append((title, "".join(cur)))
    return chunks[0][1], chunks[1:]


class Timeout(Exception):
    pass


def _alarm(*a):
    raise Timeout("statement took too long")


def run_case(setup, body, bltns, filename):
    # CPython's warning filters are process state: each case starts from the same ones.
    import warnings
    with warnings.catch_warnings():
        return _run_case(setup, body, bltns, filename)


def _run_case(setup, body, bltns, filename):
    mod = types.ModuleType("casemod")
    g = mod.__dict__
    if bltns is not None:
        g["__builtins__"] = bltns
    sys.modules["casemod"] = mod
    out = []
    real_stdout = sys.stdout
    try:
        exec(compile(setup, filename, "exec"), g)
        tree = ast.parse(body, filename)
        for stmt in tree.body:
            buf = io.StringIO()
            sys.stdout = buf
            signal.alarm(5)
            try:
                if isinstance(stmt, ast.Expr):
                    code = compile(ast.Expression(stmt.value), filename, "eval")
                    v = eval(code, g)
                    buf.write(repr(v))
                else:
                    code = compile(ast.Module([stmt], []), filename, "exec")
                    exec(code, g)
            except Timeout:
                buf.write("!TIMEOUT")
            except BaseException as e:  # noqa: BLE001 - transcript records every exception
                if isinstance(e, KeyboardInterrupt):
                    raise
                buf.write(f"!{type(e).__name__}: {e}")
            finally:
                signal.alarm(0)
                sys.stdout = real_stdout
            out.append((stmt.lineno, ADDR.sub("0x?", buf.getvalue())))
    finally:
        sys.stdout = real_stdout
        sys.modules.pop("casemod", None)
    return out


def check(name):
    path = os.path.join(HERE, "cases", name + ".py")
    with open(path, encoding="utf8") as f:
        setup, cases = split_cases(f.read())
    signal.signal(signal.SIGALRM, _alarm)
    checks, mismatches = 0, []
    ours = Ours()
    for title, body in cases:
        try:
            exp = run_case(setup, body, None, path)
        except BaseException as e:  # a case that cannot even start is a broken case
            mismatches.append({"case": title, "line": 0, "cpython": f"case error {e!r}", "ours": ""})
            continue
        try:
            got = run_case(setup, body, ours.builtins, path)
        except BaseException as e:
            got = [(0, f"setup failed: {type(e).__name__}: {e}")]
        for i, (line, e) in enumerate(exp):
            checks += 1
            g = got[i][1] if i < len(got) else "<missing>"
            if e != g:
                mismatches.append({"case": title, "line": line, "cpython": e, "ours": g})
    return {"module": name, "checks": checks, "mismatches": mismatches}


def export(name):
    """The statements of each case and CPython's transcript, for running the cases on
    another implementation (scripts/lib_vm_check.mjs)."""
    path = os.path.join(HERE, "cases", name + ".py")
    with open(path, encoding="utf8") as f:
        setup, cases = split_cases(f.read())
    signal.signal(signal.SIGALRM, _alarm)
    out = {"module": name, "setup": setup, "cases": []}
    for title, body in cases:
        stmts = []
        for stmt in ast.parse(body, path).body:
            src = ast.get_source_segment(body, stmt)
            kind = "eval" if isinstance(stmt, ast.Expr) else "exec"
            stmts.append({"kind": kind, "src": src, "line": stmt.lineno})
        try:
            expected = [t for _, t in run_case(setup, body, None, path)]
        except BaseException as e:
            expected = [f"case error {e!r}"]
        out["cases"].append({"title": title, "stmts": stmts, "expected": expected})
    return out


def main(argv):
    if argv and argv[0] == "--export":
        print(json.dumps([export(n) for n in argv[1:]]))
        return 0
    if argv and argv[0] == "--export-script":
        # a standalone script: the driver with the exported cases embedded (no file I/O)
        with open(os.path.join(HERE, "vm_driver.py"), encoding="utf8") as f:
            driver = f.read()
        data = json.dumps([export(n) for n in argv[1:]])
        print(driver.replace("DATA = None  # replaced by harness.py --export-script",
                             f"DATA = {data!r}"))
        return 0
    as_json = "--json" in argv
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        names = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".py"))
    results = [check(n) for n in names]
    if as_json:
        print(json.dumps(results))
        return 0
    bad = 0
    for r in results:
        for m in r["mismatches"]:
            print(f"--- {r['module']} [{m['case']}] line {m['line']}\n  cpython: {m['cpython']!s:.600}\n  ours:    {m['ours']!s:.600}")
        print(f"{r['module']}: {r['checks'] - len(r['mismatches'])}/{r['checks']} identical")
        bad += len(r["mismatches"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
