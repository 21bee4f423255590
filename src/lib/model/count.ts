/** The one wording of how many events are shown: "12 of 54 events", "All 54 events" (or "1 event", "No events"). */
export function countText(shown: number, total: number, filtered: boolean): string {
	const noun = total === 1 ? 'event' : 'events';
	if (total === 0) return 'No events';
	if (filtered) return `${shown} of ${total} ${noun}`;
	return total === 1 ? '1 event' : `All ${total} events`;
}
