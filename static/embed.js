/*! Causeway embed helper: sizes Causeway iframes to their content and relays their events.
 * Include once or many times: <script src="https://YOUR-CAUSEWAY/embed.js" async></script>
 * Iframes: <iframe data-causeway src="https://YOUR-CAUSEWAY/embed?…" title="…"></iframe>
 * Events on each iframe: 'causeway:select' (detail: {id}), 'causeway:filter' (detail: {view, search}),
 * 'causeway:step' (detail: {story, step, total, title}; story null once the reader leaves it).
 * Commands: Causeway.set(iframe, {event: 'id', actors: ['ttp'], story: 'id', step: 2, …}). */
(function () {
	'use strict';
	if (window.Causeway && window.Causeway.version) return;
	var MIN = 200;
	var MAX = 4000;

	function originOf(frame) {
		try {
			// The src as the browser resolved it (against the page's <base>, if any).
			return new URL(frame.src || frame.getAttribute('src') || '', document.baseURI).origin;
		} catch {
			return null;
		}
	}

	// The Causeway iframe that sent this message, if its origin matches that iframe's own.
	function frameFor(event) {
		var frames = document.querySelectorAll('iframe[data-causeway]');
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.contentWindow === event.source) {
				return event.origin === originOf(f) ? f : null;
			}
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		var d = event.data;
		if (!d || typeof d !== 'object' || typeof d.type !== 'string') return;
		if (d.type.indexOf('causeway:') !== 0) return;
		var frame = frameFor(event);
		if (!frame) return;
		if (d.type === 'causeway:resize') {
			var h = d.height;
			if (typeof h !== 'number' || !isFinite(h)) return;
			frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(h))) + 'px';
		} else if (d.type === 'causeway:select') {
			if (d.id !== null && typeof d.id !== 'string') return;
			frame.dispatchEvent(new CustomEvent('causeway:select', { detail: { id: d.id } }));
		} else if (d.type === 'causeway:step') {
			if (d.story !== null && typeof d.story !== 'string') return;
			if (d.story !== null && (typeof d.step !== 'number' || typeof d.total !== 'number')) return;
			frame.dispatchEvent(
				new CustomEvent('causeway:step', {
					detail: {
						story: d.story,
						step: d.step,
						total: d.total,
						title: typeof d.title === 'string' ? d.title : null
					}
				})
			);
		} else if (d.type === 'causeway:filter') {
			if (typeof d.search !== 'string' || !d.view || typeof d.view !== 'object') return;
			frame.dispatchEvent(
				new CustomEvent('causeway:filter', { detail: { view: d.view, search: d.search } })
			);
		}
	});

	window.Causeway = {
		version: 1,
		set: function (frame, command) {
			var origin = originOf(frame);
			if (!origin || !frame.contentWindow || !command || typeof command !== 'object') return;
			var message = { type: 'causeway:set' };
			for (var k in command) if (Object.prototype.hasOwnProperty.call(command, k)) message[k] = command[k];
			message.type = 'causeway:set';
			frame.contentWindow.postMessage(message, origin);
		}
	};
})();
