/** Counts as readers write them: digits grouped in thousands ("50,000"). */
const COUNT = new Intl.NumberFormat('en-GB');

/** The one wording of how many events are shown: "12 of 54 events", "All 54 events" (or "1 event", "No events"). */
export function countText(shown: number, total: number, filtered: boolean): string {
	const noun = total === 1 ? 'event' : 'events';
	if (total === 0) return 'No events';
	if (filtered) return `${COUNT.format(shown)} of ${COUNT.format(total)} ${noun}`;
	return total === 1 ? '1 event' : `All ${COUNT.format(total)} events`;
}
