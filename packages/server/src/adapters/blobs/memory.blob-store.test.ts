import { runBlobStoreContract } from './blob-store.contract';
import { createMemoryBlobStore } from './memory.blob-store';

runBlobStoreContract('memory', async () => {
  const objects = new Map<string, Uint8Array>();
  return { store: createMemoryBlobStore({ objects }), listObjects: async () => [...objects.keys()] };
});
