import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page and returns its violations as readable lines. */
export async function axeViolations(page: Page, context?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, outside the page's Content-Security-Policy,
  // which refuses an added inline <script>.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ([tags, include]) => {
      const axe = (window as unknown as { axe: { run: Function } }).axe;
      const result = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags } });
      return (result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    },
    [WCAG_TAGS, context] as const,
  );
  return violations;
}
