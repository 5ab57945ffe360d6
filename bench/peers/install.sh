#!/usr/bin/env bash
# Installs the peer solvers from Debian for the side-by-side benchmark (never run by
# scripts/test.sh or CI): FET's command-line generator, MiniZinc with Gecode's FlatZinc
# back end, and CBC.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
need=()
command -v fet-cl >/dev/null || need+=(fet)
command -v minizinc >/dev/null || need+=(minizinc)
command -v fzn-gecode >/dev/null || need+=(flatzinc)
command -v cbc >/dev/null || need+=(coinor-cbc)
[ ${#need[@]} -eq 0 ] && exit 0
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${need[@]}"
