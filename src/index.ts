/**
 * dx-indicators: typed, exact calculations for Vietnam's provincial digital-transformation plans.
 * @module dx-indicators
 */
export * from './core/index.js';
export * from './model/index.js';
export * from './geo/index.js';
export * from './calc/index.js';
export * from './rollup/index.js';
export * from './validate/index.js';
export * from './report/index.js';
