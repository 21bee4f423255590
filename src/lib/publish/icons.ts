/**
 * Causeway's identity: the accent colour of its mark (the favicon, src/lib/assets/favicon.svg),
 * the theme colours browsers paint their bars with, and the app icons rendered from the mark at
 * build time (served at /icons/<name>.png and listed in static/manifest.webmanifest).
 */

/** The mark's tile: the light theme's accent (app.css --accent). */
export const ACCENT = '#1d4ed8';

/** The page background per colour scheme (app.css --bg), for <meta name="theme-color">. */
export const THEME_COLOURS = { light: '#ffffff', dark: '#111318' } as const;

export interface AppIcon {
	name: string;
	size: number;
	background: string;
}

export const APP_ICONS: readonly AppIcon[] = [
	{ name: 'apple-touch-icon', size: 180, background: ACCENT },
	{ name: 'icon-192', size: 192, background: ACCENT },
	{ name: 'icon-512', size: 512, background: ACCENT }
];
