export * from './errors';
export * from './primitives';
export * from './customers';
export * from './interactions';
export * from './imports';
export * from './settings';
export * from './methods';
export * from './events';
