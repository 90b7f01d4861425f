import * as migration_20261129_130038_initial from './20261129_130038_initial';

export const migrations = [
  {
    up: migration_20261129_130038_initial.up,
    down: migration_20261129_130038_initial.down,
    name: '20261129_130038_initial'
  },
];
