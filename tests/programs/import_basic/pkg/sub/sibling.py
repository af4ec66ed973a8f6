value = 'sib'
