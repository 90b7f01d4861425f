import * as migration_20261122_031756_initial from './20261122_031756_initial';

export const migrations = [
  {
    up: migration_20261122_031756_initial.up,
    down: migration_20261122_031756_initial.down,
    name: '20261122_031756_initial'
  },
];
