# Uncaught TypeError from a bad call
def connect(host, port, *, timeout):
    return f"{host}:{port} ({timeout}s)"
print(connect("a", 1, timeout=5))
try:
    connect("a", 1)
except TypeError as e:
    print("caught:", e)
print(connect("b", timeout=3))
