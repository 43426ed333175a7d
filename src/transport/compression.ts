/**
 * RFC 7692 permessage-deflate settings. The library's own type, so that the
 * published declarations do not depend on the `ws` package's types; it is
 * a subset of what `ws` accepts and is passed to it unchanged.
 */

/** permessage-deflate parameters (RFC 7692) and when to compress. */
export interface PerMessageDeflateOptions {
  /** Messages smaller than this many bytes are sent uncompressed. */
  readonly threshold?: number;
  /** Compressions and decompressions run at once per process (zlib work is offloaded to the thread pool). */
  readonly concurrencyLimit?: number;
  /** The server resets its compression context after each message (less memory per idle connection). */
  readonly serverNoContextTakeover?: boolean;
  /** Asks the client to reset its compression context after each message. */
  readonly clientNoContextTakeover?: boolean;
  /** LZ77 window size of the server, 8 to 15 (RFC 7692, 7.1.2.1). */
  readonly serverMaxWindowBits?: number;
  /** LZ77 window size of the client, 8 to 15 (RFC 7692, 7.1.2.2). */
  readonly clientMaxWindowBits?: number;
}

/** The server's default: messages of 1 kB and more, no context takeover (idle connections hold no compression memory). */
export const defaultServerDeflate: PerMessageDeflateOptions = {
  threshold: 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  concurrencyLimit: 10,
};
