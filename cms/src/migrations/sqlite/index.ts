import * as migration_20261122_041305_initial from './20261122_041305_initial';

export const migrations = [
  {
    up: migration_20261122_041305_initial.up,
    down: migration_20261122_041305_initial.down,
    name: '20261122_041305_initial'
  },
];
