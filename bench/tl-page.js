// The TimelineJS 3.9.11 side of the benchmark: the dataset from `?src=` as TimelineJS JSON (one
// slide per event, grouped by its first actor), in a container of `?w=`×`?h=` pixels.
// Nothing is fetched from elsewhere: `script_path` points at the bench's own copy (its locale
// files), `font: null` skips the font stylesheet (which loads Google Fonts), and no analytics id
// is set. Marks `window.__firstEventsFrame`: the first frame after `loaded` with markers drawn.
/* global TL */
(async () => {
	const params = new URLSearchParams(location.search);
	const container = document.getElementById('timeline');
	const width = Number(params.get('w')) || 1240;
	const height = Number(params.get('h')) || 560;
	container.style.width = `${width}px`;
	container.style.height = `${height}px`;

	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (EDTF qualifiers dropped) → TimelineJS's date object. */
	function parts(text) {
		const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
		if (!m) return null;
		const date = { year: m[1] };
		if (m[2]) date.month = String(Number(m[2]));
		if (m[3]) date.day = String(Number(m[3]));
		return date;
	}

	try {
		const src = params.get('src');
		if (!src) throw new Error('no ?src= dataset');
		const response = await fetch(src);
		if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
		const data = await response.json();
		window.__dataLoaded = performance.now();

		const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
		const events = [];
		for (const e of data.events) {
			const start = parts(e.date);
			if (!start) continue;
			const slide = {
				unique_id: e.id,
				start_date: start,
				text: { headline: e.title, text: e.description || '' },
				group: actorName.get(e.actors && e.actors[0]) || data.actors[0].name
			};
			const end = e.endDate ? parts(e.endDate) : null;
			if (end) slide.end_date = end;
			events.push(slide);
		}
		const base = new URL('./js/', location.href).href;
		const timeline = new TL.Timeline(
			container,
			{ title: { text: { headline: data.title, text: '' } }, events },
			{
				script_path: base,
				font: null,
				theme: null,
				language: 'en',
				hash_bookmark: false,
				ga_measurement_id: null,
				width,
				height,
				...JSON.parse(params.get('options') || '{}')
			}
		);
		window.__tl = timeline;
		let marked = false;
		timeline.on('loaded', () => {
			if (marked) return;
			marked = true;
			requestAnimationFrame(() => {
				window.__firstEventsRaf = performance.now();
				const channel = new MessageChannel();
				channel.port1.onmessage = () => (window.__firstEventsFrame = performance.now());
				channel.port2.postMessage(0);
			});
		});
	} catch (error) {
		window.__benchError = String(error && error.stack ? error.stack : error);
		const p = document.createElement('p');
		p.textContent = `TimelineJS bench page failed: ${error}`;
		document.body.append(p);
	}
})();
