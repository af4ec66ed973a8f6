print("using exit()")
exit(4)
print("never")
