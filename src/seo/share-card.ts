import type { Locale } from '../i18n/locales';

/** Size of the share cards: the 1.91:1 picture link previews show largest. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Each edition's share card, a PNG in `public/share/` drawn once from the
 * built home page by `npm run share-cards` (src/publish/share-cards.ts):
 * link previews read PNG or JPEG, not SVG, and one card per edition costs
 * the build nothing.
 */
export function shareCard(locale: Locale) {
  return { path: `/share/${locale}.png`, type: 'image/png', ...SHARE_CARD_SIZE } as const;
}
