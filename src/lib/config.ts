/**
 * Site configuration, fixed at build time, from `causeway.config.json` at the project root:
 *
 * - `allowedDatasetOrigins`: other origins whose datasets `src=` may load (exact origins such as
 *   "https://data.example.org", or "*" for any). The site's own origin is always allowed. The
 *   Content-Security-Policy's connect-src lists the same origins.
 * - `siteOrigin`: the public origin written into embed snippets and oEmbed files generated at
 *   build time (the CAUSEWAY_ORIGIN environment variable overrides it).
 */
import config from '../../causeway.config.json' with { type: 'json' };

export const ALLOWED_DATASET_ORIGINS: readonly string[] = config.allowedDatasetOrigins;

export const DEFAULT_SITE_ORIGIN: string = config.siteOrigin;

/** Default size of an embedded timeline, for snippets and oEmbed. */
export const EMBED_SIZE = { width: 900, height: 640 } as const;
