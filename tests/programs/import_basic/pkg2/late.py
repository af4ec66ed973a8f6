X = 'late'
