#!/usr/bin/env bash
# Development helper while the schema is young (before the first production database exists):
# replaces the initial migrations with ones generated from the current config. SQLite always;
# PostgreSQL when PG_URI names an empty scratch database server (e.g. postgres://postgres@127.0.0.1:54329).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-generate}

# Node's type stripping loads migrations natively in tests: type-only imports must say so.
fix_imports() { sed -i "1s/.*/import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms\/$1'/" "$2"/*_initial.ts; }

rm -f src/migrations/sqlite/*
DATABASE_URI="file:$tmp/gen.db" payload migrate:create initial
fix_imports db-sqlite src/migrations/sqlite

if [ -n "${PG_URI:-}" ]; then
  rm -f src/migrations/postgres/*
  DATABASE_URI="$PG_URI/wir_migration_$(date +%s)" payload migrate:create initial
  fix_imports db-postgres src/migrations/postgres
fi

DATABASE_URI="file:$tmp/gen.db" payload generate:types
rm -rf "$tmp"
