class Report(Exception):
    pass
lines = ["first problem", "second problem", "  indented third"]
raise Report("\n".join(lines))
