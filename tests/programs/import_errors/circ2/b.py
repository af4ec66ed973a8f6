import circ2.a
circ2.a.fa()
