import * as migration_20261129_141252_initial from './20261129_141252_initial';

export const migrations = [
  {
    up: migration_20261129_141252_initial.up,
    down: migration_20261129_141252_initial.down,
    name: '20261129_141252_initial'
  },
];
