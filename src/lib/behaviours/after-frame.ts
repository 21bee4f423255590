/**
 * Work that should follow what is on screen: `work` runs in a task of its own after the next
 * frame, so that frame shows what came before it. Returns a cancel (for an effect's cleanup).
 */
export function afterNextFrame(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(work, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
