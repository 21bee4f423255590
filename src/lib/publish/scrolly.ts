/**
 * The scrollytelling example a publisher can copy: an article whose paragraphs, one per story
 * step, drive an embedded story as they scroll into view. Plain HTML, embed.js and an
 * IntersectionObserver; no library. Generated from the dataset's story so that it never drifts
 * from it; every text is escaped.
 */
import type { Dataset, Story } from '../model/types.ts';
import { shareMeta, type SharedPage } from './share.ts';
import { escapeHtml as esc } from './snippet.ts';

/** The host page's own script: which paragraph is in the middle of the screen picks the step. */
const SCRIPT = `
(function () {
	var frame = document.querySelector('iframe[data-causeway]');
	var steps = Array.prototype.slice.call(document.querySelectorAll('[data-scrolly-step]'));
	var story = frame.getAttribute('data-story');
	var current = 0;
	function show(n) {
		if (n === current) return;
		current = n;
		steps.forEach(function (el) {
			el.classList.toggle('active', Number(el.getAttribute('data-scrolly-step')) === n);
		});
		if (window.Causeway) window.Causeway.set(frame, { story: story, step: n });
	}
	var observer = new IntersectionObserver(
		function (entries) {
			entries.forEach(function (entry) {
				if (entry.isIntersecting) show(Number(entry.target.getAttribute('data-scrolly-step')));
			});
		},
		{ rootMargin: '-45% 0px -45% 0px' }
	);
	steps.forEach(function (el) { observer.observe(el); });
	// The reader may also step inside the embed: the article follows.
	frame.addEventListener('causeway:step', function (e) {
		var n = e.detail && e.detail.story === story ? e.detail.step : null;
		var status = document.querySelector('[data-scrolly-status]');
		if (status) status.textContent = n ? 'The timeline shows step ' + n + ' of ' + e.detail.total + ': ' + e.detail.title : '';
	});
})();
`;

const STYLE = `
body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1c1c1c; background: #fbfaf7; }
header, footer { max-width: 40rem; margin: 0 auto; padding: 2rem 1rem; }
.kicker { font: 600 0.8rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.05em; color: #6b5b3e; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.3rem 0 1rem; }
.scrolly { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 0 1rem; }
.graphic { position: sticky; top: 0; z-index: 1; max-height: 55vh; overflow-y: auto; background: #fbfaf7; }
.graphic iframe { display: block; width: 100%; border: 0; }
.step { margin: 0 0 60vh; padding: 1rem 1.25rem; background: #fff; border: 1px solid #ddd6c8; border-radius: 6px; opacity: 0.75; transition: opacity 0.2s; }
.step.active { opacity: 1; border-color: #6b5b3e; }
.step h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
.status { font: 0.85rem system-ui, sans-serif; color: #555; min-height: 1.3em; }
@media (min-width: 60rem) {
	.scrolly { grid-template-columns: 22rem minmax(0, 1fr); gap: 2rem; max-width: 90rem; margin: 0 auto; }
	.graphic { grid-column: 2; grid-row: 1; top: 1rem; max-height: calc(100vh - 2rem); }
	.steps { grid-column: 1; grid-row: 1; padding: 30vh 0 40vh; }
}
@media (prefers-reduced-motion: reduce) { .step { transition: none; } }
`;

/**
 * The example page for `story`, loading the embed and embed.js from `origin` ('' = this site),
 * with the story's share tags when given.
 */
export function scrollyPage(
	dataset: Dataset,
	story: Story,
	origin = '',
	share: SharedPage | null = null
): string {
	const tags = (share ? shareMeta(share) : [])
		.map(([attr, key, content]) => `<meta ${attr}="${key}" content="${esc(content)}">`)
		.join('\n');
	const src = `${origin}/embed?story=${encodeURIComponent(story.id)}&controls=0`;
	const steps = story.steps
		.map(
			(s, i) =>
				`<section class="step" data-scrolly-step="${i + 1}"><h2 dir="auto">${esc(s.title)}</h2><p dir="auto">${esc(s.text)}</p></section>`
		)
		.join('\n');
	return `<!doctype html>
<html lang="${esc(dataset.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.title)} · a scrollytelling example · Causeway</title>
<meta name="description" content="An article whose paragraphs drive an embedded Causeway story as they scroll into view.">
${tags}
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="kicker">Example: a publisher's article driving an embedded story</p>
<h1 dir="auto">${esc(story.title)}</h1>
${story.summary ? `<p dir="auto">${esc(story.summary)}</p>` : ''}
<p>Scroll: each paragraph moves the timeline to its step. The page uses <code>embed.js</code> and an IntersectionObserver, and nothing else.</p>
</header>
<div class="scrolly">
<div class="graphic">
<iframe data-causeway data-story="${esc(story.id)}" src="${esc(src)}" title="${esc(`Timeline: ${dataset.title}`)}" height="600"></iframe>
<p class="status" data-scrolly-status aria-live="polite"></p>
</div>
<div class="steps">
${steps}
</div>
</div>
<footer><p>Timeline and story: ${esc(dataset.title)}. Made with Causeway.</p></footer>
<script src="${esc(origin)}/embed.js"></script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
