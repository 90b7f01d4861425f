import * as migration_20261129_131345_initial from './20261129_131345_initial';

export const migrations = [
  {
    up: migration_20261129_131345_initial.up,
    down: migration_20261129_131345_initial.down,
    name: '20261129_131345_initial'
  },
];
