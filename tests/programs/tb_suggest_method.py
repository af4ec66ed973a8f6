items = ["b", "a"]
items.sort()
items.apend("c")
