import * as migration_20261129_141256_initial from './20261129_141256_initial';

export const migrations = [
  {
    up: migration_20261129_141256_initial.up,
    down: migration_20261129_141256_initial.down,
    name: '20261129_141256_initial'
  },
];
