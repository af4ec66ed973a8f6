def compute(numbers):
    running_total = 0
    for n in numbers:
        running_total += n
    return runing_total
compute([1, 2])
