# Uncaught exception whose str() is empty: stderr ends with the bare type name
print("start")
raise ValueError("")
