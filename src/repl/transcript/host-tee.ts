/**
 * Tees a Host's streams to a listener while transcription is on: the host object's own
 * write methods are wrapped in place, so whoever holds the host (the engine, the Ink app,
 * redirections that wrap it) keeps using the same object, and unwrapping restores exactly
 * what was there before.
 */
import type { Host, HostWriteOptions, ReadLineOptions } from '../host/host.js';

export type TeeStream = 'output' | 'host' | 'error' | 'warning' | 'verbose' | 'debug';

export interface TeeListener {
  write(stream: TeeStream, text: string, noNewline: boolean): void;
  /** A prompt and what was typed (undefined when it was a secret). */
  read(prompt: string, answer: string | undefined): void;
}

const STREAM_METHODS = {
  writeOutput: 'output', writeHost: 'host', writeError: 'error', writeWarning: 'warning', writeVerbose: 'verbose', writeDebug: 'debug',
} as const satisfies Record<string, TeeStream>;

type Method = keyof typeof STREAM_METHODS | 'readLine';

/** Wraps the host; returns the function that puts the original methods back. */
export function teeHost(host: Host, listener: TeeListener): () => void {
  const target = host as unknown as Record<Method, unknown>;
  const saved = new Map<Method, PropertyDescriptor | undefined>();
  for (const [method, stream] of Object.entries(STREAM_METHODS) as Array<[keyof typeof STREAM_METHODS, TeeStream]>) {
    const original = host[method].bind(host) as (text: string, options?: HostWriteOptions) => void;
    saved.set(method, Object.getOwnPropertyDescriptor(host, method));
    target[method] = (text: string, options?: HostWriteOptions) => {
      original(text, options);
      listener.write(stream, text, options?.noNewline === true);
    };
  }
  const readLine = host.readLine.bind(host);
  saved.set('readLine', Object.getOwnPropertyDescriptor(host, 'readLine'));
  target.readLine = async (prompt: string, options?: ReadLineOptions) => {
    const answer = await readLine(prompt, options);
    listener.read(prompt, options?.secure ? undefined : answer);
    return answer;
  };
  return () => {
    for (const [method, descriptor] of saved) {
      if (descriptor) Object.defineProperty(host, method, descriptor);
      else delete target[method];
    }
  };
}
