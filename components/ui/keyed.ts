/**
 * React keys for a list rendered from data that has no id: each item's key comes from its content
 * (repeats get "#2", "#3", …), so an item keeps its key when items before it come or go, which an
 * array index does not.
 */
export function keyed<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item };
  });
}
