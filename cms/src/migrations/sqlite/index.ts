import * as migration_20261122_034246_initial from './20261122_034246_initial';

export const migrations = [
  {
    up: migration_20261122_034246_initial.up,
    down: migration_20261122_034246_initial.down,
    name: '20261122_034246_initial'
  },
];
