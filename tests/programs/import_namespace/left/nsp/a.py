WHO = 'left a'
