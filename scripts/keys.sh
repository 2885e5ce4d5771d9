#!/usr/bin/env bash
# Creates the RSA 2048 key pair that signs and verifies the service's JWTs, once:
#   ${KEYS_DIR:-data/keys}/jwt-private.pem (PKCS#8) and jwt-public.pem. Existing keys are kept.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEYS_DIR="${KEYS_DIR:-$ROOT_DIR/data/keys}"
PRIVATE="$KEYS_DIR/jwt-private.pem"
PUBLIC="$KEYS_DIR/jwt-public.pem"

command -v openssl >/dev/null 2>&1 || { echo "keys.sh: openssl is needed (apt-get install -y openssl)" >&2; exit 1; }
mkdir -p "$KEYS_DIR"

if [[ ! -s "$PRIVATE" ]]; then
  umask 077
  tmp="$(mktemp "$KEYS_DIR/.jwt-private.XXXXXX")"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp" 2>/dev/null
  mv "$tmp" "$PRIVATE"
  rm -f "$PUBLIC"
fi
if [[ ! -s "$PUBLIC" ]]; then
  openssl pkey -in "$PRIVATE" -pubout -out "$PUBLIC"
  chmod 644 "$PUBLIC"
fi
