def name():
    return 'helper of ' + __package__
