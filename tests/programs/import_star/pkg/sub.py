NAME = 'pkg.sub'
