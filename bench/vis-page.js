// The vis-timeline side of the benchmark: the dataset from `?src=` as a vis.Timeline with one
// group per actor (each event in its first actor's group), in a container of `?w=`×`?h=` pixels
// (Causeway's chart size, measured by the bench). Plain wheel zooms, drag pans.
// Marks `window.__firstEventsFrame`: the first frame after `changed` with `.vis-item` elements.
/* global vis */
(async () => {
	const DAY = 86_400_000;
	const params = new URLSearchParams(location.search);
	const container = document.getElementById('timeline');
	const width = Number(params.get('w')) || 1240;
	const height = Number(params.get('h')) || 560;
	container.style.width = `${width}px`;
	container.style.height = `${height}px`;

	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (EDTF qualifiers dropped) → [start, end) in UTC ms. */
	function span(text) {
		const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
		if (!m) return null;
		const y = Number(m[1]);
		const mo = m[2] ? Number(m[2]) - 1 : 0;
		const d = m[3] ? Number(m[3]) : 1;
		const start = Date.UTC(y, mo, d);
		const end = m[3] ? start + DAY : m[2] ? Date.UTC(y, mo + 1, 1) : Date.UTC(y + 1, 0, 1);
		return [start, end];
	}

	try {
		const src = params.get('src');
		if (!src) throw new Error('no ?src= dataset');
		const response = await fetch(src);
		if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
		const data = await response.json();
		window.__dataLoaded = performance.now();

		const groups = new vis.DataSet(
			data.actors.map((a, i) => ({ id: a.id, content: a.name, order: i }))
		);
		let min = Infinity;
		let max = -Infinity;
		const items = [];
		for (const e of data.events) {
			const s = span(e.date);
			if (!s) continue;
			const item = {
				id: e.id,
				group: e.actors && e.actors.length > 0 ? e.actors[0] : data.actors[0].id,
				content: e.title,
				start: new Date(s[0])
			};
			let end = s[1];
			if (e.endDate) {
				const es = span(e.endDate);
				if (es) {
					end = es[1];
					item.end = new Date(end);
				}
			}
			items.push(item);
			if (s[0] < min) min = s[0];
			if (end > max) max = end;
		}
		const dataset = new vis.DataSet(items);
		const pad = Math.max((max - min) * 0.04, DAY);

		let marked = false;
		const timeline = new vis.Timeline(container, dataset, groups, {
			width: `${width}px`,
			height: `${height}px`,
			orientation: { axis: 'top', item: 'top' },
			stack: true,
			// Plain wheel zooms (no modifier key), no wheel scrolling; drag pans.
			zoomKey: '',
			zoomable: true,
			moveable: true,
			horizontalScroll: false,
			verticalScroll: false,
			// No start/end here: vis-timeline then fits the data itself, its usual (and fast) path.
			// Given a window up front, it draws and measures each item as it is added, one forced
			// layout per item (quadratic). Causeway's zoom limit: a two-day window.
			zoomMin: 2 * DAY,
			// One wheel notch zooms by 1 + 1/zoomFriction; Causeway zooms by e^(120 × 0.0025) ≈ 1.35
			// per 120-unit notch, so both take the same 20 zoom steps.
			zoomFriction: 1 / (Math.exp(0.3) - 1),
			showCurrentTime: false,
			// For experiments only: `?options={"stack":false}` merges into the options above.
			...JSON.parse(params.get('options') || '{}')
		});
		window.__timeline = timeline;
		timeline.on('changed', () => {
			if (marked || !container.querySelector('.vis-item')) return;
			marked = true;
			requestAnimationFrame(() => {
				window.__firstEventsRaf = performance.now();
				// The task after the rAF callback runs after that frame's style, layout and paint.
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					window.__firstEventsFrame = performance.now();
					// Causeway's camera limits: the data's extent with 4% padding, set only now so
					// that they do not change how vis-timeline draws the first time.
					timeline.setOptions({ min: new Date(min - pad), max: new Date(max + pad) });
				};
				channel.port2.postMessage(0);
			});
		});
	} catch (error) {
		window.__benchError = String(error && error.stack ? error.stack : error);
		const p = document.createElement('p');
		p.textContent = `vis-timeline bench page failed: ${error}`;
		document.body.append(p);
	}
})();
