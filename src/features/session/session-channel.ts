import { z } from 'zod';
import { parseSessionDocument, toDocument } from '../../domain/session/session-codec.ts';
import type { Session } from '../../domain/session/session-schema.ts';

/**
 * The presenter window and the projected window talk over a BroadcastChannel: same origin, same
 * browser, no server. The presenter sends commands; the projected window carries them out and
 * answers with its state, so the presenter always shows what the room sees.
 */
export const CHANNEL_NAME = 'bedrock-explorer-session';

export const COMMANDS = ['next', 'prev', 'toggle-blank', 'goto', 'end', 'reset-clock'] as const;
export type Command = (typeof COMMANDS)[number];

export type ProjectedState = {
  session: Session;
  isDefault: boolean;
  index: number;
  blanked: boolean;
  startedAt: number;
  /** Whether Back and Next would do anything in the projected window (a step of its view, or a chapter). */
  canBack: boolean;
  canNext: boolean;
};

export type Message =
  | { kind: 'hello' }
  | { kind: 'command'; command: Command; index?: number }
  | { kind: 'state'; state: ProjectedState }
  | { kind: 'ended' };

const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello') }),
  z.object({ kind: z.literal('command'), command: z.enum(COMMANDS), index: z.number().int().min(0).max(1000).optional() }),
  z.object({
    kind: z.literal('state'),
    state: z.object({
      session: z.unknown(),
      isDefault: z.boolean(),
      index: z.number().int().min(0).max(1000),
      blanked: z.boolean(),
      startedAt: z.number().finite(),
      canBack: z.boolean(),
      canNext: z.boolean(),
    }),
  }),
  z.object({ kind: z.literal('ended') }),
]);

/** A message from the channel, validated; anything else (another app, an old version) is null. */
export function readMessage(data: unknown): Message | null {
  const parsed = messageSchema.safeParse(data);
  if (!parsed.success) return null;
  const m = parsed.data;
  if (m.kind !== 'state') return m;
  const session = parseSessionDocument(m.state.session);
  if (!session.ok || m.state.index >= session.session.chapters.length) return null;
  return { kind: 'state', state: { ...m.state, session: session.session } };
}

export function openChannel(onMessage: (message: Message) => void): { post: (message: Message) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    // A session crosses the channel as a document, read back with the file's validation.
    post: (message) =>
      channel.postMessage(message.kind === 'state' ? { ...message, state: { ...message.state, session: toDocument(message.state.session) } } : message),
    close: () => channel.close(),
  };
}
