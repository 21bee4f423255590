/** The layout layer: pure geometry from model data and a time window. */
export * from './scale';
export * from './ticks';
export * from './marks';
export * from './pack';
export * from './labels';
export * from './arrows';
export * from './symbols';
