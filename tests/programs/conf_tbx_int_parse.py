raw = ["1", "2", "3.5"]
nums = [int(x) for x in raw]
