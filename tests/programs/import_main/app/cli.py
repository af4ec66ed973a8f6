def run():
    return 'cli ran from ' + __name__
if __name__ == '__main__':
    import sys
    print('app.cli as main', __package__, sys.argv[1:])
