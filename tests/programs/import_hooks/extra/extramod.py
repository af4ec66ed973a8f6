WHERE = 'extra dir'
