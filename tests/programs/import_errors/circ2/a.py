import circ2.b
def fa(): pass
