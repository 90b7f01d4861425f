import * as migration_20261129_125626_initial from './20261129_125626_initial';

export const migrations = [
  {
    up: migration_20261129_125626_initial.up,
    down: migration_20261129_125626_initial.down,
    name: '20261129_125626_initial'
  },
];
