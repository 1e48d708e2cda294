# Uncaught TypeError from calling a non-callable value
handlers = {"greet": lambda name: f"hi {name}", "count": 3}
print(handlers["greet"]("ann"))
print(handlers["count"]("bob"))
