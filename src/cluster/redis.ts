/**
 * The Redis client, node-redis (the `redis` package, version 5 or 6), an
 * optional peer dependency: loaded here on first use so the rest of the
 * library never needs it, and described by the few methods the cluster
 * uses so its own types are not needed either. A node holds two
 * connections: one for commands (node-redis writes the commands issued in
 * one tick together, so a presence refresh of thousands of keys is one
 * pipeline) and one in subscriber mode for its channels.
 */
import { createRequire } from 'node:module';
import { ClusterError } from './errors.js';

/** Options of node-redis's `createClient` (url, socket, username, password, database...), passed through as given. */
export type RedisClientOptions = { readonly url?: string } & { readonly [option: string]: unknown };

/** The methods of a node-redis client the cluster uses. */
interface NodeRedisClient {
  connect(): Promise<unknown>;
  duplicate(): NodeRedisClient;
  sendCommand(args: string[]): Promise<unknown>;
  subscribe(channel: string, listener: (message: string, channel: string) => void): Promise<unknown>;
  on(event: 'error', listener: (err: Error) => void): unknown;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
  destroy?(): void;
  disconnect?(): Promise<unknown>;
}

type CreateClient = (options: RedisClientOptions) => NodeRedisClient;

let createClient: CreateClient | undefined;

function loadClient(): CreateClient {
  if (createClient !== undefined) return createClient;
  const require = createRequire(import.meta.url);
  try {
    createClient = (require('redis') as { createClient: CreateClient }).createClient;
  } catch (err) {
    throw new ClusterError('dependency', 'the cluster needs the redis package (node-redis, version 5 or 6): npm install redis', { cause: err });
  }
  return createClient;
}

/** A node's two connections to Redis. */
export class RedisLink {
  private constructor(
    private readonly commands: NodeRedisClient,
    private readonly subscriber: NodeRedisClient,
  ) {}

  /** Connects both; `onError` hears connection errors (node-redis reconnects by itself). */
  static async open(redis: string | RedisClientOptions, onError: (err: Error) => void): Promise<RedisLink> {
    const options: RedisClientOptions = typeof redis === 'string' ? { url: redis } : redis;
    const commands = loadClient()(options);
    commands.on('error', onError);
    const subscriber = commands.duplicate();
    subscriber.on('error', onError);
    try {
      await commands.connect();
      await subscriber.connect();
    } catch (err) {
      commands.destroy?.();
      subscriber.destroy?.();
      throw new ClusterError('redis', `could not connect to Redis: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    return new RedisLink(commands, subscriber);
  }

  /** One command, e.g. `['SET', key, value, 'PX', '15000']`. */
  command(args: string[]): Promise<unknown> {
    return this.commands.sendCommand(args);
  }

  /** Listens to a channel on the subscriber connection. */
  async subscribe(channel: string, listener: (message: string) => void): Promise<void> {
    await this.subscriber.subscribe(channel, (message) => listener(message));
  }

  /** Closes both connections, letting commands already sent finish. */
  async close(): Promise<void> {
    await Promise.all([end(this.commands), end(this.subscriber)]);
  }
}

async function end(client: NodeRedisClient): Promise<void> {
  try {
    if (client.close !== undefined) await client.close();
    else if (client.quit !== undefined) await client.quit();
  } catch {
    client.destroy?.();
  }
}
