WHO = 'left inner c'
