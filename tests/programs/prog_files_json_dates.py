# probe: files, pathlib, csv, json, datetime, logging, argparse, io, os.path
import json, csv, io, os, tempfile, pathlib, datetime, logging, argparse, sys, shutil
d = tempfile.mkdtemp()
p = pathlib.Path(d) / "data"
p.mkdir()
(p / "a.txt").write_text("line1\nline2\n", encoding="utf-8")
with open(p / "b.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["name", "age"]); w.writerows([["ann", 3], ["bo, jr", 4]])
print(sorted(x.name for x in p.iterdir()), (p / "a.txt").read_text().splitlines())
with open(p / "b.csv", newline="") as f:
    print(list(csv.DictReader(f)))
obj = {"when": datetime.date(2024, 2, 29).isoformat(), "vals": [1.5, None, True], "nested": {"z": 1, "a": [2]}}
s = json.dumps(obj, indent=2, sort_keys=True)
print(s); print(json.loads(s) == obj)
print(json.dumps({"x": float("inf")}), json.dumps("é\n"), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno)
dt = datetime.datetime(2024, 3, 10, 14, 30, 5)
print(dt + datetime.timedelta(days=20, hours=12), dt.strftime("%A %d %B %Y %I:%M %p %j"), dt.isoformat(timespec="minutes"))
print(datetime.datetime.strptime("2024-01-05 07:08", "%Y-%m-%d %H:%M"), (datetime.date(2024, 12, 25) - datetime.date(2024, 1, 1)).days)
tz = datetime.timezone(datetime.timedelta(hours=-5), "EST")
print(dt.replace(tzinfo=tz), dt.replace(tzinfo=tz).astimezone(datetime.timezone.utc), repr(datetime.timedelta(seconds=-1)))
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("hello %s", "world"); log.debug("hidden"); log.warning("warn %d", 3)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
ap = argparse.ArgumentParser(prog="tool", description="Do things.")
ap.add_argument("files", nargs="+"); ap.add_argument("-v", "--verbose", action="count", default=0)
ap.add_argument("--mode", choices=["a", "b"], default="a"); ap.add_argument("-n", type=int, required=False)
ns = ap.parse_args(["x", "y", "-vv", "--mode", "b", "-n", "3"])
print(ns, vars(ns))
ap.print_help()
try:
    ap.parse_args(["--mode", "c"])
except SystemExit as e:
    print("exit", e.code)
buf = io.BytesIO(); buf.write(b"abc\x00\xff"); print(buf.getvalue(), buf.tell())
t = io.TextIOWrapper(io.BytesIO("héllo\r\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readlines())
print(os.path.join("a", "b", "../c"), os.path.normpath("a/b/../c"), os.path.splitext("x.tar.gz"), os.path.basename("/x/y.py"))
shutil.rmtree(d); print(os.path.exists(d))
