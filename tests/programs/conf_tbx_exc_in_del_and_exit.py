class Noisy:
    def __del__(self):
        print("del runs")
n = Noisy()
def fail():
    local = Noisy()
    raise OSError(5, "I/O failure", "device.bin")
fail()
