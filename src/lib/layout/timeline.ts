/**
 * The timeline's geometry, in two stages so that large datasets stay fluid:
 *
 * 1. `packTimeline` (packing.ts, at one zoom level): rows, lanes, room for every label, and
 *    labelled groups (groups.ts) where even the row limit cannot hold every event.
 * 2. `frameLayout` (frame.ts, per frame): positions and label placement for what is in view.
 *
 * Period bands are in periods.ts. This module gathers them for the components.
 */
export * from './packing.ts';
export * from './frame.ts';
export * from './periods.ts';
export type { MarkShape } from './marks.ts';
