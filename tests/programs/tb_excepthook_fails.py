import sys
def bad_hook(etype, value, tb):
    raise RuntimeError("hook itself failed")
sys.excepthook = bad_hook
raise ValueError("original problem")
