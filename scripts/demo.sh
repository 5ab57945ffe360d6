#!/usr/bin/env bash
# The main job: install, build, plan the 2022 Cửa Lò workshop, print and export its agenda.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh hoithao

db=out/cualo-2022.db
mkdir -p out
./build/hoithao init "$db"
./build/hoithao import "$db" examples/cualo-2022/workshop.toml
./build/hoithao solve "$db" --note "demo run"
./build/hoithao show "$db"
./build/hoithao export "$db" --out out/cualo-2022
echo "agenda files are in out/cualo-2022/ (event.md is the whole programme); database: $db"
