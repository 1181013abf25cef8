import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/core';

afterAll(removeTempDirs);
