class AppError(Exception):
    pass
def run():
    raise AppError("something failed", 42)
try:
    run()
except AppError as e:
    print("handled", e.args)
print(sorted({"b": 1, "a": 2}))
run()
