/// <reference lib="webworker" />
import { parseCatalogText } from '../domain/catalog/catalog-schema.ts';
import type { ToCatalogWorker } from './catalog-protocol.ts';

/**
 * Validates the model catalog off the page's thread. Checking ~280 kB of JSON against the schema
 * takes a few hundred milliseconds on a mid-range phone; on the page's thread that was one long task
 * in the middle of the first render of every catalog view. The page posts the file's bytes and gets
 * back the validated catalog (or the message saying what is wrong), then this worker is closed.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToCatalogWorker>) => {
  const text = new TextDecoder().decode(event.data.bytes);
  self.postMessage(parseCatalogText(text));
};
