#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster of its own. As root, plain pg_virtualenv
# always reuses the cluster name 15/regress, so two runs on one machine (parallel worktrees)
# refuse each other; -t gives each run its own directory and a random port avoids the port race.
set -euo pipefail
port=$(( 20000 + RANDOM % 20000 ))
exec pg_virtualenv -t -c "-p $port" -o fsync=off -o synchronous_commit=off "$@"
