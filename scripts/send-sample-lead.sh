#!/usr/bin/env bash
# Posts HubSpot workflow "Send a webhook" bodies to a running LeadRelay, signed like HubSpot signs them (v3).
#
#   scripts/send-sample-lead.sh                      # the default sample (a US West lead)
#   scripts/send-sample-lead.sh samples/hubspot/*.json
#
# Settings (environment): LEADRELAY_URL (default http://localhost:8080),
# LEADRELAY_HUBSPOT_CLIENT_SECRET (default: the demo profile's secret).
# Needs only bash, curl, openssl and base64.
set -euo pipefail

url="${LEADRELAY_URL:-http://localhost:8080}/api/hubspot/workflow"
secret="${LEADRELAY_HUBSPOT_CLIENT_SECRET:-demo-hubspot-client-secret}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$here/samples/hubspot/workflow-contact-us-west-inbound.json")
fi

for file in "${files[@]}"; do
  timestamp="$(( $(date +%s) * 1000 ))"
  # v3: base64(HMAC-SHA256(secret, method + url + raw body + timestamp)), over the exact bytes sent
  signature="$( { printf 'POST%s' "$url"; cat "$file"; printf '%s' "$timestamp"; } \
    | openssl dgst -sha256 -hmac "$secret" -binary | base64 -w0)"
  echo "POST $(basename "$file") -> $url"
  curl -sS --fail-with-body -X POST "$url" \
    -H 'Content-Type: application/json' \
    -H "X-HubSpot-Request-Timestamp: $timestamp" \
    -H "X-HubSpot-Signature-v3: $signature" \
    --data-binary "@$file"
  echo
done
