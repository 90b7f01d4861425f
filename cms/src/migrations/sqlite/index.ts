import * as migration_20261129_125607_initial from './20261129_125607_initial';

export const migrations = [
  {
    up: migration_20261129_125607_initial.up,
    down: migration_20261129_125607_initial.down,
    name: '20261129_125607_initial'
  },
];
