#!/usr/bin/env bash
# Writes COUNT registry configs (registry-0000.yml, ...) into OUTPUT_FOLDER for the build and CLI
# benchmarks. Five kinds take turns, from a 6-line development config to production configs of
# up to 100 lines, and their lists grow with the file's number, so sizes vary:
#   0 development: filesystem, no auth                      RCA0001 (an error by default)
#   1 production: S3, token auth, TLS, redis, notifications  clean
#   2 team: htpasswd without TLS, deletes on                 RCA0200 (a warning)
#   3 pull-through cache with upstream credentials, no auth  RCA0001, RCA0004 (errors), RCA0300
#   4 Google Cloud storage, htpasswd behind TLS, health checks clean
# Every value that differs by file (ports, buckets, names) comes from the file's number, so the
# set is the same on every run. Usage: bench/generate-configs.sh OUTPUT_FOLDER COUNT
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 OUTPUT_FOLDER COUNT" >&2
  exit 2
fi

out="$1"
count="$2"
mkdir -p "$out"

development() {
  cat <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: /var/lib/registry-$1
http:
  addr: :$((5000 + $1 % 1000))
YAML
}

production() {
  cat <<YAML
version: 0.1
log:
  level: info
  formatter: json
  fields:
    service: registry-$1
storage:
  s3:
    region: eu-west-1
    bucket: images-$1
    encrypt: true
    secure: true
    rootdirectory: /registry
  delete:
    enabled: true
  cache:
    blobdescriptor: redis
  maintenance:
    uploadpurging:
      enabled: true
      age: 168h
      interval: 24h
      dryrun: false
auth:
  token:
    realm: https://auth.example.test/token
    service: registry-$1
    issuer: auth.example.test
    rootcertbundle: /certs/token-bundle.pem
http:
  addr: :5000
  host: https://registry-$1.example.test
  tls:
    certificate: /certs/tls.crt
    key: /certs/tls.key
    minimumtls: tls1.2
  headers:
    X-Content-Type-Options: [nosniff]
  debug:
    addr: 127.0.0.1:5001
    prometheus:
      enabled: true
      path: /metrics
redis:
  addrs: [redis.internal:6379]
  db: $(($1 % 16))
  dialtimeout: 10ms
  readtimeout: 10ms
  writetimeout: 10ms
notifications:
  endpoints:
YAML
  for ((e = 0; e <= $1 % 7; e++)); do
    cat <<YAML
    - name: hook-$e
      url: https://hooks.example.test/registry-$1/$e
      timeout: 1s
      threshold: 10
      backoff: 1s
      headers:
        X-Registry: [registry-$1]
YAML
  done
}

team() {
  cat <<YAML
# The team registry, plain HTTP inside the office network.
version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: /srv/registry-$1
  delete:
    enabled: true
auth:
  htpasswd:
    realm: team-$1
    path: /auth/htpasswd
http:
  addr: :$((5000 + $1 % 1000))
  headers:
    X-Content-Type-Options: [nosniff]
YAML
}

mirror() {
  cat <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: /var/lib/mirror-$1
  cache:
    blobdescriptor: inmemory
proxy:
  remoteurl: https://upstream.example.test
  username: mirror-$1
  password: mirror-secret-$1
  ttl: 168h
http:
  addr: :5000
YAML
}

cloud() {
  cat <<YAML
version: 0.1
log:
  level: info
  accesslog:
    disabled: true
storage:
  gcs:
    bucket: images-$1
    keyfile: /secrets/gcs-key.json
    rootdirectory: /registry
  redirect:
    disable: true
auth:
  htpasswd:
    realm: registry-$1
    path: /auth/htpasswd
http:
  addr: :5443
  tls:
    certificate: /certs/tls.crt
    key: /certs/tls.key
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
  http:
YAML
  for ((c = 0; c <= $1 % 11; c++)); do
    cat <<YAML
    - uri: https://dependency-$c.example.test/health
      timeout: 3s
      interval: 30s
      threshold: 3
YAML
  done
}

kinds=(development production team mirror cloud)
for ((i = 0; i < count; i++)); do
  "${kinds[i % 5]}" "$i" > "$(printf '%s/registry-%04d.yml' "$out" "$i")"
done
