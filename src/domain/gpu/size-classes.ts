/**
 * Size classes for models whose architecture is not published (Claude, Nova and others). A class is a
 * stand-in shape on a stand-in server; which class a model gets is an assumption (no vendor publishes
 * it). The speed is then calibrated to an observed Bedrock speed where one exists (serving-profile.ts).
 */
import { H100_SXM, H200 } from './accelerators.ts';
import { defaultDeployment, makeDeployment, type Deployment } from './deployment.ts';
import {
  DEEPSEEK_V3,
  GPT_OSS_20B,
  LLAMA_3_1_405B,
  LLAMA_3_1_70B,
  LLAMA_3_1_8B,
  LLAMA_4_MAVERICK,
  type ModelArchitecture,
} from './model-architectures.ts';

export type SizeClassId = 'small-dense' | 'medium-dense' | 'large-dense' | 'small-moe' | 'medium-moe' | 'large-moe';

export type SizeClass = {
  id: SizeClassId;
  name: string;
  /** The published shape that stands in for the unpublished one. */
  template: ModelArchitecture;
  /** The server the stand-in runs on (the accelerators Bedrock uses are not published). */
  deployment: (template: ModelArchitecture) => Deployment;
};

function standIn(template: ModelArchitecture, id: SizeClassId, name: string): ModelArchitecture {
  return {
    ...template,
    id: `class-${id}`,
    name: `${name} stand-in (shape of ${template.name})`,
    assumption: true,
    source: `Assumption: the architecture is not published; ${template.name}'s published shape stands in (${template.source}).`,
  };
}

const CLASS_DEFS: readonly { id: SizeClassId; name: string; template: ModelArchitecture; deployment: (m: ModelArchitecture) => Deployment }[] = [
  { id: 'small-dense', name: 'Small dense', template: LLAMA_3_1_8B, deployment: (m) => makeDeployment(m, 1, 'fp8', { gpu: H100_SXM }) },
  { id: 'medium-dense', name: 'Medium dense', template: LLAMA_3_1_70B, deployment: (m) => makeDeployment(m, 8, 'fp8', { gpu: H100_SXM }) },
  { id: 'large-dense', name: 'Large dense', template: LLAMA_3_1_405B, deployment: (m) => makeDeployment(m, 8, 'fp8', { gpu: H100_SXM }) },
  { id: 'small-moe', name: 'Small mixture-of-experts', template: GPT_OSS_20B, deployment: (m) => defaultDeployment(m) },
  { id: 'medium-moe', name: 'Medium mixture-of-experts', template: LLAMA_4_MAVERICK, deployment: (m) => makeDeployment(m, 8, 'fp8', { gpu: H100_SXM }) },
  { id: 'large-moe', name: 'Large mixture-of-experts', template: DEEPSEEK_V3, deployment: (m) => makeDeployment(m, 8, 'fp8', { gpu: H200 }) },
];

export const SIZE_CLASSES: readonly SizeClass[] = CLASS_DEFS.map((c) => {
  const template = standIn(c.template, c.id, c.name);
  return { id: c.id, name: c.name, template, deployment: c.deployment };
});

export function sizeClassById(id: SizeClassId): SizeClass {
  const c = SIZE_CLASSES.find((x) => x.id === id);
  if (!c) throw new RangeError(`unknown size class ${id}`);
  return c;
}

/**
 * The load at which a closed model's modelled decode speed is set equal to its observed speed: the
 * observed figure is what one streaming request saw, and Bedrock's batch at that moment is unknown.
 * Assumption: a replica decoding 64 sequences (the journey's "typical" load) of 1,000 tokens context.
 */
export const CALIBRATION_LOAD = { batch: 64, meanContextTokens: 1000 } as const;
