# Checks a YAML inventory: every host needs an owner. Uses the libraries the
# host picked for the task (yaml and logging); nothing else is importable.
import logging
import yaml

logging.basicConfig(format="%(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("inventory")

inventory = yaml.safe_load(INVENTORY)
missing = [h["name"] for h in inventory["hosts"] if not h.get("owner")]
for name in missing:
    log.warning("host %s has no owner", name)
log.info("%d hosts checked, %d without an owner", len(inventory["hosts"]), len(missing))
