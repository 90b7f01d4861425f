#!/usr/bin/env bash
# Development helper while the schema is young (before the first production database exists):
# replaces the initial SQLite migration with one generated from the current config.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f src/migrations/sqlite/*
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-generate} DATABASE_URI="file:$tmp/gen.db"
payload migrate:create initial
# Node's type stripping loads migrations natively in tests: type-only imports must say so.
sed -i "1s/.*/import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms\/db-sqlite'/" src/migrations/sqlite/*_initial.ts
payload generate:types
rm -rf "$tmp"
