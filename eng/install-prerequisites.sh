#!/usr/bin/env bash
# Installs what the test suite needs besides the .NET SDK, when it is missing:
# the real registry (Debian's docker-registry) and the tools the differential tests use.
set -euo pipefail

missing=()
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "prerequisites: docker-registry, htpasswd, openssl and curl are installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi

echo "prerequisites: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y docker-registry apache2-utils openssl curl
