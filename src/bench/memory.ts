import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of a process together with its descendants (the
 * build's Node process and the Pagefind binary it starts run at once, so
 * their sum is what the machine must hold), sampled from Linux's /proc.
 */

/** Resident bytes of `root` and every process below it, now. */
function treeResidentBytes(root: number): number {
  const parents = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the parenthesised command name: state, ppid, …; field 24 (rss) counts pages.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      const siblings = parents.get(ppid);
      if (siblings) siblings.push(pid);
      else parents.set(ppid, [pid]);
      resident.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += resident.get(pid) ?? 0;
    stack.push(...(parents.get(pid) ?? []));
  }
  return total;
}

/** Starts sampling; `stop()` returns the peak in bytes, or undefined where /proc is missing. */
export function watchMemory(pid: number, everyMs = 250): { stop(): number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    try {
      peak = Math.max(peak ?? 0, treeResidentBytes(pid));
    } catch {
      // No /proc (not Linux): no figure.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
