/** `<!-- nastavnik-disable code -->` … `<!-- nastavnik-enable code -->`: the ranges where diagnostics are silenced. */
import type { Suppression } from '../model';
import { execAll } from './text';

const SUPPRESSION = /<!--\s*nastavnik-(disable|enable)((?:[ \t]+[a-z0-9-]+)*)[ \t]*-->/g;

export function readSuppressions(text: string): Suppression[] {
  if (!text.includes('nastavnik-')) return []; // a plain scan, before the regex walks megabytes
  const open = new Map<string, number>();
  const out: Suppression[] = [];
  for (const m of execAll(SUPPRESSION, text)) {
    const codes = m[2]!.trim().split(/\s+/).filter(Boolean);
    const keys = codes.length ? codes : ['*'];
    for (const key of keys) {
      if (m[1] === 'disable') {
        if (!open.has(key)) open.set(key, m.index);
      } else if (open.has(key)) {
        out.push({ codes: key === '*' ? 'all' : [key], start: open.get(key)!, end: m.index + m[0].length });
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) out.push({ codes: key === '*' ? 'all' : [key], start, end: Number.MAX_SAFE_INTEGER });
  return out;
}
