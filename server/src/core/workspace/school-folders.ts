/**
 * Which documents form one school's folder (docs/domain.md §18 «Наставнические пары»): the documents
 * of one folder; a folder with no list of pairs and no plan of its own (a «ППН/» subfolder of the
 * pairs' programmes) belongs with the nearest folder above it that has one.
 *
 * Works on `file:` URIs and on paths alike (`/` or `\` separators). Pure.
 */

/** The folder part of a uri or path, without the last separator. */
export function folderOf(uri: string): string {
  const at = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
  return at < 0 ? '' : uri.slice(0, at);
}

/**
 * Groups documents by school folder. `anchors`: does the document make its folder a school's own
 * (it lists pairs or plans the school's work)? The result is keyed by the folder of each group.
 */
export function schoolFolders<T extends { uri: string }>(docs: readonly T[], anchors: (doc: T) => boolean): Map<string, T[]> {
  const byFolder = new Map<string, T[]>();
  for (const doc of docs) {
    const folder = folderOf(doc.uri);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), doc]);
  }
  const anchored = new Set([...byFolder].filter(([, list]) => list.some(anchors)).map(([folder]) => folder));
  const groups = new Map<string, T[]>();
  for (const [folder, list] of byFolder) {
    let home = folder;
    if (!anchored.has(folder)) {
      for (let up = folderOf(folder); up !== ''; up = folderOf(up)) {
        if (anchored.has(up)) {
          home = up;
          break;
        }
      }
    }
    groups.set(home, [...(groups.get(home) ?? []), ...list]);
  }
  return groups;
}
