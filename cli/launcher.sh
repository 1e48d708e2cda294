#!/bin/sh
# The `sandling` command. node reads --snapshot-blob only from its own command
# line, hence a shell script: it starts node from the CLI's start-up snapshot
# (cli/snapshot.ts) when the build made one for this node version, else runs
# the launcher dist/sandling.cjs (the same CLI through a code cache).
self=$0
# npm links the command to this file: follow the links to find dist/.
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=${self%/*}/$link ;;
  esac
done
case $self in
  */*) dist=${self%/*} ;;
  *) dist=. ;;
esac
# A snapshot loads only into the node that built it and only without V8 flags,
# which NODE_OPTIONS and coverage runs may add. SANDLING_NO_SNAPSHOT=1 skips it.
if [ -z "$NODE_OPTIONS" ] && [ -z "$NODE_V8_COVERAGE" ] && [ -z "$SANDLING_NO_SNAPSHOT" ]; then
  blob=$dist/snapshots/sandling-$(node --version).blob
  if [ -r "$blob" ]; then
    exec node --snapshot-blob "$blob" "$dist/sandling.cjs" "$@"
  fi
fi
exec node "$dist/sandling.cjs" "$@"
