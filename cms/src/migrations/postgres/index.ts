import * as migration_20261129_125455_initial from './20261129_125455_initial';

export const migrations = [
  {
    up: migration_20261129_125455_initial.up,
    down: migration_20261129_125455_initial.down,
    name: '20261129_125455_initial'
  },
];
