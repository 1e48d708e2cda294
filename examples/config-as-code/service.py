# The configuration of the "orders" service, written as code.
# The host (host.mjs) runs this file in deterministic mode, takes the value
# of `config` and checks it against schema.json before using it.

SERVICE = "orders"
REGIONS = ["eu-west", "us-east", "ap-south"]
BASE_PORT = 8100


def server(region, index):
    """One server per region; the primary region gets more replicas."""
    return {
        "name": f"{SERVICE}-{region}",
        "host": f"{region}.{SERVICE}.internal",
        "port": BASE_PORT + index,
        "replicas": 3 if index == 0 else 2,
    }


def backoff(attempts, first=0.5):
    """Exponential backoff delays: 0.5, 1.0, 2.0, ..."""
    return [first * 2 ** i for i in range(attempts)]


config = {
    "service": SERVICE,
    "servers": [server(region, i) for i, region in enumerate(REGIONS)],
    "retry": {"attempts": 3, "delays": backoff(3)},
    "features": {"new_checkout": True, "beta_search": False},
}
