# A configuration with mistakes, to show how evaluateConfig reports them.

servers = [
    {"name": "orders-eu", "host": "eu.orders.internal", "port": 8100, "replicas": 3},
    {"name": "orders-us", "host": "us.orders.internal", "port": 70000, "replicas": 2},
    {"name": "orders-ap", "hots": "ap.orders.internal", "port": 8102, "replicas": 0},
]

config = {
    "service": "orders",
    "servers": servers,
    "retry": {"attempts": 3, "delays": [0.5, 1.0, 2.0]},
    "features": {"new_checkout": "yes"},
}
