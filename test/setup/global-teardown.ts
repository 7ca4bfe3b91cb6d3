export default async function globalTeardown(): Promise<void> {
  const engine = (globalThis as { __engine?: { stop(): Promise<void> } }).__engine;
  if (engine) await engine.stop();
}
