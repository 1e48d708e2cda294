# An everyday script: load a JSON config, merge overrides, validate and report.
import json

CONFIG = """
{
  "service": "inventory",
  "version": 3,
  "limits": {"max_items": 500, "timeout": 2.5},
  "regions": ["eu-west", "us-east"],
  "features": {"search": true, "export": false}
}
"""
OVERRIDES = '{"limits": {"timeout": 5}, "regions": ["ap-south"], "features": {"export": true}}'


def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        else:
            out[key] = value
    return out


config = merge(json.loads(CONFIG), json.loads(OVERRIDES))
print(json.dumps(config, indent=2))

problems = []
if config["limits"]["timeout"] > 4:
    problems.append("timeout above 4s")
for region in config["regions"]:
    if "-" not in region:
        problems.append("bad region " + region)
enabled = sorted(name for name, on in config["features"].items() if on)
print("enabled:", ", ".join(enabled))
print("problems:", problems)

records = [{"sku": "A-%d" % i, "qty": i * 7 % 5, "price": round(i * 1.15, 2)} for i in range(1, 8)]
lines = [json.dumps(r, separators=(",", ":"), sort_keys=True) for r in records]
print("\n".join(lines))
total = sum(json.loads(line)["qty"] * json.loads(line)["price"] for line in lines)
print("stock value: %.2f" % total)

bad = ['{"sku": "Z", "qty": }', '{"sku": "Y", "qty": 1', '["not", "an", "object"]']
for text in bad:
    try:
        obj = json.loads(text)
        if not isinstance(obj, dict):
            raise TypeError("expected an object, got " + type(obj).__name__)
    except json.JSONDecodeError as e:
        print("invalid JSON at line %d col %d: %s" % (e.lineno, e.colno, e.msg))
    except TypeError as e:
        print("invalid record:", e)
