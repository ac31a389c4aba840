import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/index';
import { isBriefFile, localeOfFile } from './edition-file';

/**
 * Rehype plugin giving every top-level paragraph of a brief a language-neutral id
 * (`p1`, `p2`, …) and a permalink. Editions' paragraphs line up one to one
 * (the build checks it), so `#p7` names the same paragraph in every edition
 * and the language switch can keep the reader's paragraph. The permalink is
 * kept out of the search index; CSS shows it on mouse hover. It is no Tab
 * stop and hidden from assistive technology (a link after every paragraph
 * would stand between a keyboard reader and the rest of the page): the page's
 * one "copy link" control gives the paragraph in view instead.
 */

/** The id of the `n`th body paragraph (1-based). */
export const paragraphId = (n: number) => `p${n}`;

export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file);
    if (!locale || !isBriefFile(file)) return;
    const t = useTranslations(locale);
    let n = 0;
    for (const child of tree.children) {
      if (child.type !== 'element' || child.tagName !== 'p') continue;
      const id = paragraphId(++n);
      child.properties['id'] = id;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['permalink'],
          href: `#${id}`,
          title: t('brief.paragraphLink', { n: String(n) }),
          tabIndex: -1,
          ariaHidden: 'true',
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      };
      // A no-break space: the pilcrow travels with the last word, and never
      // wraps alone onto a line that then looks empty.
      child.children.push({ type: 'text', value: '\u00a0' }, link);
    }
  };
}
