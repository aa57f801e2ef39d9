/**
 * The bedrock-runtime exceptions, their HTTP status, and how each SDK's standard mode classifies
 * them. HTTP codes: botocore data/bedrock-runtime/2023-09-30/service-2.json; classification: the
 * SDKs' source (JS: @smithy/service-error-classification — status 429 or a throttling name is
 * THROTTLING, 500/502/503/504 and TimeoutError are TRANSIENT; botocore: standard.py). 408 and 424
 * are retried by neither.
 */
export type RetryClass = 'throttling' | 'transient' | null;

export type BedrockErrorName =
  | 'ThrottlingException'
  | 'ModelNotReadyException'
  | 'ServiceUnavailableException'
  | 'InternalServerException'
  | 'ModelTimeoutException'
  | 'ModelErrorException'
  | 'ModelStreamErrorException'
  | 'ValidationException'
  | 'AccessDeniedException'
  | 'ResourceNotFoundException'
  | 'ServiceQuotaExceededException'
  /** The client gave up waiting for the response (no HTTP status): the SDK's own timeout. */
  | 'TimeoutError';

export type BedrockError = {
  name: BedrockErrorName;
  /** null = no HTTP response (client-side). */
  http: number | null;
  /** AWS SDK for JavaScript v3. */
  js: RetryClass;
  /** botocore standard mode; `timeout` marks the errors whose retry costs more (read/connect timeouts). */
  botocore: RetryClass;
  timeout: boolean;
  meaning: string;
};

export const BEDROCK_ERRORS: Readonly<Record<BedrockErrorName, BedrockError>> = {
  ThrottlingException: { name: 'ThrottlingException', http: 429, js: 'throttling', botocore: 'throttling', timeout: false, meaning: 'Over the account’s quota.' },
  ModelNotReadyException: { name: 'ModelNotReadyException', http: 429, js: 'throttling', botocore: 'transient', timeout: false, meaning: 'The model is not ready to serve (no server ready).' },
  ServiceUnavailableException: { name: 'ServiceUnavailableException', http: 503, js: 'transient', botocore: 'transient', timeout: false, meaning: 'The service cannot take the request now.' },
  InternalServerException: { name: 'InternalServerException', http: 500, js: 'transient', botocore: 'transient', timeout: false, meaning: 'A server error.' },
  ModelTimeoutException: { name: 'ModelTimeoutException', http: 408, js: null, botocore: null, timeout: false, meaning: 'Processing took longer than the model’s timeout.' },
  ModelErrorException: { name: 'ModelErrorException', http: 424, js: null, botocore: null, timeout: false, meaning: 'The model returned an error.' },
  ModelStreamErrorException: { name: 'ModelStreamErrorException', http: 424, js: null, botocore: null, timeout: false, meaning: 'The model failed mid-stream.' },
  ValidationException: { name: 'ValidationException', http: 400, js: null, botocore: null, timeout: false, meaning: 'The request is invalid.' },
  AccessDeniedException: { name: 'AccessDeniedException', http: 403, js: null, botocore: null, timeout: false, meaning: 'Not allowed.' },
  ResourceNotFoundException: { name: 'ResourceNotFoundException', http: 404, js: null, botocore: null, timeout: false, meaning: 'No such model or resource.' },
  ServiceQuotaExceededException: { name: 'ServiceQuotaExceededException', http: 400, js: null, botocore: null, timeout: false, meaning: 'A service quota (not TPM) is exceeded.' },
  TimeoutError: { name: 'TimeoutError', http: null, js: 'transient', botocore: 'transient', timeout: true, meaning: 'The client stopped waiting for the response.' },
};

/** The exceptions the simulator's gateway can answer with, in the order its failure counters list them. */
export const SIMULATED_ERRORS = ['ThrottlingException', 'ModelNotReadyException', 'ServiceUnavailableException', 'InternalServerException', 'ModelTimeoutException', 'TimeoutError'] as const satisfies readonly BedrockErrorName[];
export type SimulatedError = (typeof SIMULATED_ERRORS)[number];
