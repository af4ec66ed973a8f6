print('running pkg.raises')
raise ValueError('boom in module')
