import fc from 'fast-check';

// Property tests run from one seed so a CI run is reproducible; FC_SEED=<n> explores other inputs,
// and a failure prints its seed to replay.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_202) });
