# Everyday script: recursive processing of nested data
data = {
    "name": "root",
    "size": 1,
    "children": [
        {"name": "docs", "size": 10, "children": [
            {"name": "a.txt", "size": 3, "children": []},
            {"name": "b.txt", "size": 4, "children": []},
        ]},
        {"name": "src", "size": 2, "children": [
            {"name": "main.py", "size": 30, "children": []},
            {"name": "lib", "size": 1, "children": [
                {"name": "util.py", "size": 12, "children": []},
            ]},
        ]},
    ],
}
def total_size(node):
    return node["size"] + sum(total_size(c) for c in node["children"])
def render(node, depth=0):
    line = "  " * depth + ("- " if depth else "") + f"{node['name']} ({total_size(node)})"
    lines = [line]
    for child in node["children"]:
        lines.extend(render(child, depth + 1))
    return lines
print("\n".join(render(data)))
def find(node, pred, path=()):
    path = path + (node["name"],)
    if pred(node):
        yield "/".join(path)
    for c in node["children"]:
        yield from find(c, pred, path)
print(list(find(data, lambda n: n["name"].endswith(".py"))))
print(list(find(data, lambda n: n["size"] > 5)))
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print("depth", depth(data))
def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
cfg = {"db": {"host": "h", "ports": [1, 2]}, "debug": False, "tags": []}
for k, v in flatten(cfg):
    print(f"{k} = {v!r}")
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge({"a": {"x": 1, "y": 2}, "b": 1}, {"a": {"y": 20, "z": 30}, "c": 3}))
def count_leaves(t):
    return 1 if not isinstance(t, (list, tuple)) else sum(map(count_leaves, t))
print(count_leaves([1, [2, (3, 4)], [[[]]], "s"]))
