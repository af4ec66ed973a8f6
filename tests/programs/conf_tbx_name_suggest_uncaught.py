def compute(values):
    total_sum = sum(values)
    return total_summ / len(values)
compute([1, 2, 3])
