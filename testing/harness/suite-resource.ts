/**
 * Something a test file starts once before its tests and closes after them (a server, a
 * browser), read through a getter so that using it outside a test or hook fails with a
 * clear message instead of an undefined.
 */
import { afterAll, beforeAll } from 'vitest';

export function suiteResource<T extends { close(): Promise<void> }>(name: string, start: () => Promise<T>): () => T {
  let resource: T | undefined;
  beforeAll(async () => {
    resource = await start();
  });
  afterAll(async () => {
    await resource?.close();
    resource = undefined;
  });
  return () => {
    if (!resource) throw new Error(`${name} is not started: use it inside a test or a hook`);
    return resource;
  };
}
