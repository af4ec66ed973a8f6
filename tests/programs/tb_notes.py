def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as e:
        e.add_note(f"while loading {path}")
        e.add_note("check the configuration")
        raise
load("settings.ini")
