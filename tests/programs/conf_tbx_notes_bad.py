e = ValueError("with odd notes")
e.__notes__ = "not a list"
raise e
