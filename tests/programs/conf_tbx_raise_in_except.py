def load(path):
    try:
        return open(path).read()
    except FileNotFoundError:
        return defaults[path]
load("/definitely/not/here.cfg")
