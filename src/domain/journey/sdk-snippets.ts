/**
 * Copyable code for the same call: the AWS SDK for JavaScript v3 and boto3 for the native
 * bedrock-runtime APIs; the OpenAI and Anthropic SDKs pointed at Bedrock (documented base URL and
 * environment variables) for Chat Completions, Responses and Messages.
 */
import { sdkBaseUrl, sdkEnvironment } from './endpoints.ts';
import { GUARDRAIL_ID, GUARDRAIL_VERSION } from './payloads.ts';
import { isNative, type Api, type Auth, type EndpointKind } from './scenario.ts';

export type SnippetInput = {
  api: Api;
  region: string;
  invokedId: string;
  prompt: string;
  maxTokens: number;
  temperature: number;
  guardrails: boolean;
  /** The native InvokeModel body, or null when none is documented (then a Converse call is shown). */
  nativeBody: unknown;
  endpoint?: EndpointKind;
  auth?: Auth;
  stream?: boolean;
};

function envLines(input: SnippetInput, comment: string): string {
  return sdkEnvironment(input.endpoint ?? 'runtime', input.api, input.region)
    .map((e) => `${comment} ${e.name}="${e.value}"`)
    .join('\n');
}

function compatJs(input: SnippetInput): string {
  const base = sdkBaseUrl(input.endpoint ?? 'runtime', input.api, input.region);
  const stream = input.stream ? ', stream: true' : '';
  if (input.api === 'Messages') {
    return `// npm install @anthropic-ai/sdk
${envLines(input, '//')}
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  baseURL: ${JSON.stringify(base)},
  apiKey: process.env.AWS_BEARER_TOKEN_BEDROCK, // a Bedrock API key, not an Anthropic one
});
const message = await client.messages.create({
  model: ${JSON.stringify(input.invokedId)},
  max_tokens: ${input.maxTokens},
  temperature: ${input.temperature},
  messages: [{ role: "user", content: ${JSON.stringify(input.prompt)} }]${stream},
});
`;
  }
  const call =
    input.api === 'Responses'
      ? `const response = await client.responses.create({
  model: ${JSON.stringify(input.invokedId)},
  input: ${JSON.stringify(input.prompt)},
  temperature: ${input.temperature}${stream},
});`
      : `const completion = await client.chat.completions.create({
  model: ${JSON.stringify(input.invokedId)},
  messages: [{ role: "user", content: ${JSON.stringify(input.prompt)} }],
  max_tokens: ${input.maxTokens},
  temperature: ${input.temperature}${stream},
});`;
  return `// npm install openai
${envLines(input, '//')}
import OpenAI from "openai";

// Point the OpenAI SDK at Bedrock, never at api.openai.com; the key is a Bedrock API key.
const client = new OpenAI({ baseURL: ${JSON.stringify(base)}, apiKey: process.env.OPENAI_API_KEY });
${call}
`;
}

function compatPy(input: SnippetInput): string {
  const base = sdkBaseUrl(input.endpoint ?? 'runtime', input.api, input.region);
  const stream = input.stream ? ',\n    stream=True' : '';
  if (input.api === 'Messages') {
    return `# pip install anthropic
${envLines(input, '#')}
import os
import anthropic

client = anthropic.Anthropic(
    base_url=${JSON.stringify(base)},
    api_key=os.environ["AWS_BEARER_TOKEN_BEDROCK"],  # a Bedrock API key
)
message = client.messages.create(
    model=${JSON.stringify(input.invokedId)},
    max_tokens=${input.maxTokens},
    temperature=${input.temperature},
    messages=[{"role": "user", "content": ${JSON.stringify(input.prompt)}}]${stream},
)
`;
  }
  const call =
    input.api === 'Responses'
      ? `response = client.responses.create(
    model=${JSON.stringify(input.invokedId)},
    input=${JSON.stringify(input.prompt)},
    temperature=${input.temperature}${stream},
)`
      : `completion = client.chat.completions.create(
    model=${JSON.stringify(input.invokedId)},
    messages=[{"role": "user", "content": ${JSON.stringify(input.prompt)}}],
    max_tokens=${input.maxTokens},
    temperature=${input.temperature}${stream},
)`;
  return `# pip install openai
${envLines(input, '#')}
import os
from openai import OpenAI

# Point the OpenAI SDK at Bedrock, never at api.openai.com; the key is a Bedrock API key.
client = OpenAI(base_url=${JSON.stringify(base)}, api_key=os.environ["OPENAI_API_KEY"])
${call}
`;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : pad + line))
    .join('\n');
}

function pyLiteral(value: unknown, level = 0): string {
  const pad = '    '.repeat(level + 1);
  const end = '    '.repeat(level);
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[\n${value.map((v) => pad + pyLiteral(v, level + 1)).join(',\n')},\n${end}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${pyLiteral(v, level + 1)}`).join(',\n')},\n${end}}`;
}

function effectiveApi(input: SnippetInput): Api {
  if (input.nativeBody !== null) return input.api;
  return input.api === 'InvokeModelWithResponseStream' ? 'ConverseStream' : input.api === 'InvokeModel' ? 'Converse' : input.api;
}

export function javascriptSnippet(input: SnippetInput): string {
  if (!isNative(input.api)) return compatJs(input);
  const api = effectiveApi(input);
  const header = `// npm install @aws-sdk/client-bedrock-runtime\n${input.auth && input.auth !== 'sigv4' ? `${envLines(input, '//')} — the SDK sends it as a bearer token\n` : ''}`;
  const client = `const client = new BedrockRuntimeClient({ region: ${JSON.stringify(input.region)} });\n`;
  const modelId = `const modelId = ${JSON.stringify(input.invokedId)};\n`;
  if (api === 'Converse' || api === 'ConverseStream') {
    const command = api === 'Converse' ? 'ConverseCommand' : 'ConverseStreamCommand';
    const guard = input.guardrails
      ? `\n  guardrailConfig: { guardrailIdentifier: ${JSON.stringify(GUARDRAIL_ID)}, guardrailVersion: ${JSON.stringify(GUARDRAIL_VERSION)} },`
      : '';
    const call = `const response = await client.send(new ${command}({
  modelId,
  messages: [{ role: "user", content: [{ text: ${JSON.stringify(input.prompt)} }] }],
  inferenceConfig: { maxTokens: ${input.maxTokens}, temperature: ${input.temperature} },${guard}
}));
`;
    const use =
      api === 'Converse'
        ? `console.log(response.output.message.content[0].text);
console.log(response.usage); // { inputTokens, outputTokens, totalTokens }
`
        : `for await (const event of response.stream) {
  if (event.contentBlockDelta) process.stdout.write(event.contentBlockDelta.delta.text ?? "");
  if (event.metadata) console.log("\\n", event.metadata.usage);
}
`;
    return `${header}import { BedrockRuntimeClient, ${command} } from "@aws-sdk/client-bedrock-runtime";\n\n${client}${modelId}\n${call}${use}`;
  }
  const command = api === 'InvokeModel' ? 'InvokeModelCommand' : 'InvokeModelWithResponseStreamCommand';
  const guard = input.guardrails
    ? `\n  guardrailIdentifier: ${JSON.stringify(GUARDRAIL_ID)},\n  guardrailVersion: ${JSON.stringify(GUARDRAIL_VERSION)},`
    : '';
  const body = `const body = ${indent(JSON.stringify(input.nativeBody, null, 2), 0)};\n`;
  const call = `const response = await client.send(new ${command}({
  modelId,
  contentType: "application/json",
  accept: "application/json",
  body: JSON.stringify(body),${guard}
}));
`;
  const use =
    api === 'InvokeModel'
      ? `const result = JSON.parse(new TextDecoder().decode(response.body));
console.log(result);
`
      : `for await (const event of response.body) {
  if (event.chunk) console.log(JSON.parse(new TextDecoder().decode(event.chunk.bytes)));
}
`;
  return `${header}import { BedrockRuntimeClient, ${command} } from "@aws-sdk/client-bedrock-runtime";\n\n${client}${modelId}${body}\n${call}${use}`;
}

export function pythonSnippet(input: SnippetInput): string {
  if (!isNative(input.api)) return compatPy(input);
  const api = effectiveApi(input);
  const head = `${input.auth && input.auth !== 'sigv4' ? `${envLines(input, '#')}  (boto3 sends it as a bearer token)\n` : ''}import json\nimport boto3\n\nclient = boto3.client("bedrock-runtime", region_name=${JSON.stringify(input.region)})\nmodel_id = ${JSON.stringify(input.invokedId)}\n\n`;
  if (api === 'Converse' || api === 'ConverseStream') {
    const method = api === 'Converse' ? 'converse' : 'converse_stream';
    const guard = input.guardrails
      ? `\n    guardrailConfig={"guardrailIdentifier": ${JSON.stringify(GUARDRAIL_ID)}, "guardrailVersion": ${JSON.stringify(GUARDRAIL_VERSION)}},`
      : '';
    const call = `response = client.${method}(
    modelId=model_id,
    messages=[{"role": "user", "content": [{"text": ${JSON.stringify(input.prompt)}}]}],
    inferenceConfig={"maxTokens": ${input.maxTokens}, "temperature": ${input.temperature}},${guard}
)
`;
    const use =
      api === 'Converse'
        ? `print(response["output"]["message"]["content"][0]["text"])\nprint(response["usage"])\n`
        : `for event in response["stream"]:\n    if "contentBlockDelta" in event:\n        print(event["contentBlockDelta"]["delta"]["text"], end="")\n    if "metadata" in event:\n        print("\\n", event["metadata"]["usage"])\n`;
    return head + call + use;
  }
  const method = api === 'InvokeModel' ? 'invoke_model' : 'invoke_model_with_response_stream';
  const guard = input.guardrails
    ? `\n    guardrailIdentifier=${JSON.stringify(GUARDRAIL_ID)},\n    guardrailVersion=${JSON.stringify(GUARDRAIL_VERSION)},`
    : '';
  const body = `body = ${pyLiteral(input.nativeBody)}\n\n`;
  const call = `response = client.${method}(
    modelId=model_id,
    body=json.dumps(body),
    contentType="application/json",
    accept="application/json",${guard}
)
`;
  const use =
    api === 'InvokeModel'
      ? `result = json.loads(response["body"].read())\nprint(result)\n`
      : `for event in response["body"]:\n    print(json.loads(event["chunk"]["bytes"]))\n`;
  return head + body + call + use;
}
