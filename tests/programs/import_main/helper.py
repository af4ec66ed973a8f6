runs_as = __name__
if __name__ == '__main__':
    print('helper as main')
