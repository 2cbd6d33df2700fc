// Public API of the business calendar (DOMAIN.md "Time"). Import from here.
export * from './instant';
export * from './holidays';
export * from './calendar';
export * from './request';
export * from './zoneClock';
export * from './periods';
