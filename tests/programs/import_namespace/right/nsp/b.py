WHO = 'right b'
