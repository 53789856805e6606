/** Shared phrases for finding messages. */

/** Join labels for reading aloud: "A", "A and B", "A, B and C". */
export function joinLabels(labels: readonly string[]): string {
  const unique = [...new Set(labels)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** "does" or "do" for a list of labels. */
export function doesOrDo(labels: readonly string[]): string {
  return new Set(labels).size > 1 ? 'do' : 'does';
}
