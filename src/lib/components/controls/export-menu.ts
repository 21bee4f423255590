/**
 * The Export menu's logic: its items, the view it exports (the visible events, the filters in
 * words, the permalink), the note saying what that holds, and the arrow keys that move through
 * the items. Pure: the component does the downloads.
 */
import { exportName, isFiltered, type ExportFormat, type ExportView } from '$lib/io/export/view';
import { countText } from '$lib/model/count';
import { describeFilter } from '$lib/model/filter-caption';
import type { EventFilter } from '$lib/model/filter';
import type { Dataset, TimelineEvent } from '$lib/model/types';

export type ExportAction = ExportFormat | 'svg' | 'png' | 'print';

export interface ExportItem {
	action: ExportAction;
	label: string;
	/** A separator goes between groups. */
	group: 'data' | 'picture' | 'print';
}

export const EXPORT_ITEMS: readonly ExportItem[] = [
	{ action: 'json', label: 'Causeway JSON', group: 'data' },
	{ action: 'csv-events', label: 'CSV (events)', group: 'data' },
	{ action: 'csv-links', label: 'CSV (links)', group: 'data' },
	{ action: 'csv-actors', label: 'CSV (actors)', group: 'data' },
	{ action: 'ics', label: 'Calendar (.ics)', group: 'data' },
	{ action: 'timelinejs', label: 'TimelineJS JSON', group: 'data' },
	{ action: 'svg', label: 'Picture (SVG)', group: 'picture' },
	{ action: 'png', label: 'Picture (PNG)', group: 'picture' },
	{ action: 'print', label: 'Print…', group: 'print' }
];

/** What a timeline shows now, as the state has it. */
export interface ShownView {
	dataset: Dataset;
	visible: readonly TimelineEvent[];
	filter: EventFilter;
}

/** The view to export: the visible events, the filters in words (when any) and the permalink. */
export function exportViewOf(shown: ShownView, url: string): ExportView {
	const filters = describeFilter(shown.filter, shown.dataset);
	return {
		dataset: shown.dataset,
		events: shown.visible,
		...(filters === null ? {} : { filters }),
		url
	};
}

/** "15 of 54 events, filtered", "All 54 events": what the files will hold. */
export function exportNote(view: ExportView): string {
	const filtered = isFiltered(view);
	const count = countText(view.events.length, view.dataset.events.length, filtered);
	return filtered ? `${count}, filtered` : count;
}

/** A picture's file name, named like the data files: `<id>[-filtered].svg`. */
export const pictureName = (view: ExportView, ext: 'svg' | 'png'): string =>
	exportName(view, '', ext);

/**
 * The item a key moves focus to in a menu of `count` items (down and up wrap around, Home and
 * End go to the ends), or null for a key that does not move.
 */
export function menuMove(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
			return (index + 1) % count;
		case 'ArrowUp':
			return (index - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/**
 * Where the menu's panel goes, as a left offset from its button's wrapper: under the button,
 * its right edge at the button's, moved back inside the viewport (a `margin` from each side)
 * where that would cut it off; a panel wider than the viewport starts at the margin.
 */
export function panelLeft(
	anchor: { left: number; right: number },
	width: number,
	viewport: number,
	margin = 8
): number {
	const ideal = anchor.right - width;
	const left = Math.max(margin, Math.min(ideal, viewport - margin - width));
	return left - anchor.left;
}
