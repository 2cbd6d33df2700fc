// Ready-to-plot arrays for the chart components (renderer/charts): pure shaping of data the
// screens already have, tested on its own (test/unit/charts).
export * from './axis';
export * from './availability';
export * from './credits';
export * from './tickets';
export * from './scorecard';
