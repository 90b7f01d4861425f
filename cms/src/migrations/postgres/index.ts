import * as migration_20261122_033005_initial from './20261122_033005_initial';

export const migrations = [
  {
    up: migration_20261122_033005_initial.up,
    down: migration_20261122_033005_initial.down,
    name: '20261122_033005_initial'
  },
];
