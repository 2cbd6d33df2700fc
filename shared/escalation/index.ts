export * from './ladders';
export * from './countdown';
