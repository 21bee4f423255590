/**
 * SVG to PNG at build time, with resvg (no browser): the share cards and the app icons. Text is
 * set in the machine's fonts, DejaVu Sans by default (CI installs fonts-dejavu-core).
 */
import { Resvg } from '@resvg/resvg-js';

export interface PngOptions {
	/** Output width in px (the height follows the SVG's aspect ratio); else the SVG's own size. */
	width?: number;
	/** Fills the whole canvas first (an icon's corners, which a rounded tile leaves clear). */
	background?: string;
}

/** The PNG file of an SVG document. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'original' },
		background: options.background,
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }
	});
	return new Uint8Array(resvg.render().asPng());
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23); null when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
