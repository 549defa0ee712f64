import { Worker } from 'node:worker_threads';

/** Starts a TypeScript worker under tsx (a plain `new Worker(file.ts)` does not inherit tsx's loader on Node 20). */
export function startTsWorker(file: URL, workerData: unknown): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Request/response over a worker that answers each message with one message, in order. */
export function createRequester<T>(worker: Worker): { request(): Promise<T>; close(): Promise<number> } {
  const waiting: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  worker.on('message', (message: T) => waiting.shift()?.resolve(message));
  worker.on('error', (error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  });
  return {
    request() {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage('next');
      });
    },
    close: () => worker.terminate(),
  };
}
