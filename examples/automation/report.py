# A user's automation script: total the sales CSV files it may read, fetch
# the alert thresholds from the team's API, and post a report back.
# The host grants exactly: read access to the data directory, and HTTP to
# one origin (given to the script as the global API).
import os
import requests

totals = {}
files = sorted(name for name in os.listdir(".") if name.endswith(".csv"))
for name in files:
    with open(name) as f:
        header, *rows = f.read().splitlines()
    columns = header.split(",")
    for line in rows:
        row = dict(zip(columns, line.split(",")))
        totals[row["region"]] = round(totals.get(row["region"], 0) + float(row["amount"]), 2)
print(f"read {len(files)} files: {totals}")

thresholds = requests.get(f"{API}/thresholds", timeout=5).json()
alerts = [region for region, total in sorted(totals.items()) if total < thresholds.get(region, 0)]

response = requests.post(f"{API}/reports", json={"files": files, "totals": totals, "alerts": alerts}, timeout=5)
response.raise_for_status()
print(f"report {response.json()['id']} accepted; alerts: {alerts or 'none'}")

# Anything else is refused before a connection is made.
try:
    requests.get("http://127.0.0.1:1/elsewhere", timeout=1)
except requests.RequestException as e:
    print("refused:", type(e).__name__)
try:
    open("../report.py")
except PermissionError as e:
    print("refused:", type(e).__name__)
