import { createTwoFilesPatch } from 'diff';
import type { ImportPlan } from './plan.ts';

/**
 * The run's report, as printed: per page, each file written or left alone
 * (and why), the recommended items added, each repair made, and each field
 * an editor should review; then what was written. A dry run says what would
 * be written and appends the diff of every file.
 */
export function formatReport(plan: ImportPlan, options: { contentDir: string; dryRun: boolean }): string {
  const out: string[] = [];
  for (const report of plan.reports) {
    out.push(`${report.file}: ${report.lang} edition of "${report.slug}" (${report.title})`);
    for (const file of report.files) {
      const detail =
        file.status === 'left alone'
          ? `: ${file.reason}`
          : file.status === 'updated' || file.status === 'overwritten'
            ? file.changes.length
              ? `: ${file.changes.join('; ')}`
              : ''
            : '';
      out.push(`  ${file.status.padEnd(11)} ${file.path}${detail}`);
    }
    const added = report.recommended.filter((r) => r.added).map((r) => r.id);
    const kept = report.recommended.filter((r) => !r.added).map((r) => r.id);
    if (added.length) out.push(`  recommended items added: ${added.join(', ')}`);
    if (kept.length) out.push(`  recommended items the library has: ${kept.join(', ')}`);
    if (report.repairs.length) out.push('  repairs:', ...report.repairs.map((r) => `    - ${r}`));
    if (report.review.length) out.push('  to review:', ...report.review.map((r) => `    - ${r}`));
    out.push('');
  }
  const paths = [...plan.writes.keys()];
  if (paths.length === 0) out.push(`Nothing to write under ${options.contentDir}/.`);
  else if (options.dryRun) out.push(`Dry run: nothing written. ${paths.length} file${paths.length === 1 ? '' : 's'} would be written under ${options.contentDir}/:`);
  else out.push(`Wrote ${paths.length} file${paths.length === 1 ? '' : 's'} under ${options.contentDir}/:`);
  out.push(...paths.map((path) => `  ${path}`));
  if (options.dryRun) {
    for (const [path, { content, previous }] of plan.writes) {
      out.push('', createTwoFilesPatch(previous === undefined ? '/dev/null' : `a/${path}`, `b/${path}`, previous ?? '', content, '', '', { context: 2 }).trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}
