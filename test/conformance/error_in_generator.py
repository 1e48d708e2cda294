# Exception raised inside a generator propagates to the consumer
def numbers():
    yield 1
    yield 2
    raise LookupError("generator ran dry")
for n in numbers():
    print("got", n)
print("unreachable")
