/**
 * Reads a value at a simple JSON path: "data.items", "$.data.items", "results[0].rows", "" or "$" for the root.
 * Returns undefined when a step is missing.
 */
export function readJsonPath(value: unknown, path: string): unknown {
  const steps = path.replace(/^\$\.?/, '').replace(/\[(\d+)\]/g, '.$1').split('.').filter((s) => s !== '');
  let current = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}
