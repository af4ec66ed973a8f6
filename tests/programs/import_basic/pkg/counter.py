runs = 0
runs += 1
print('counter executed')
