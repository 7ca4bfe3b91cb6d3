/** `ids` in order with `id` moved to 1-based `position` (clamped to the end). */
export function placeAt(ids: readonly string[], id: string, position: number): string[] {
  const others = ids.filter((x) => x !== id);
  others.splice(Math.min(position, others.length + 1) - 1, 0, id);
  return others;
}
