/**
 * Stand-in for `protobufjs/minimal`, which @datadog/sketches-js requires only to serialize sketches
 * (toProto/fromProto). The simulator never serializes, but the bundler must resolve the require:
 * vite.config.ts needs `resolve.alias['protobufjs/minimal']` pointing here (or protobufjs installed).
 * Touching it means a code path the engine must never take, so it fails loudly.
 */
const fail = (): never => {
  throw new Error('protobufjs is not bundled: sketch serialization is unavailable in the browser');
};
const stub = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => (key === 'roots' ? {} : key === 'util' ? new Proxy({}, { get: fail }) : fail),
});
export default stub;
