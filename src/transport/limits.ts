/**
 * Size and flow limits shared by the server and the client.
 */

/**
 * Default maximum size of one incoming message, in bytes: 8 MiB.
 *
 * The largest OCPP 2.0.1 messages whose schemas bound every field are
 * SetChargingProfileRequest and the charging schedules around it: up to
 * 3 chargingSchedules, each with 1024 chargingSchedulePeriods and a
 * salesTariff of 1024 entries (each with up to 3 consumptionCosts of 3
 * costs). With every optional field present at its maximum length that is
 * about 1.5 MB per schedule, 4.5 MB in all; realistic full tariffs are a few
 * hundred kB. NotifyReportRequest has no maxItems on reportData, so its
 * size is chosen by the station (DeviceDataCtrlr.ItemsPerMessage /
 * BytesPerMessage); one reportData entry is at most ~12 kB (four
 * variableAttribute values of 2500 characters plus a 1000-character
 * valuesList) and typically a few hundred bytes, so a chunk of several
 * hundred entries stays within a few MB. 8 MiB admits all of these with
 * headroom, while still bounding what one connection can make the other
 * side hold in memory (the `ws` default is 100 MiB).
 */
export const DEFAULT_MAX_PAYLOAD = 8 * 1024 * 1024;

/**
 * Default bytes written but not yet accepted by the peer's socket beyond
 * which a connection stops reading until its peer catches up: 1 MiB.
 */
export const DEFAULT_MAX_BUFFERED = 1024 * 1024;

/** Default consecutive bad messages before a connection is closed with 1002. */
export const DEFAULT_MAX_BAD_MESSAGES = 10;

/** Default WebSocket ping interval of the server, in ms. */
export const DEFAULT_PING_INTERVAL_MS = 30_000;

/** Default incoming CALLs being handled at once before reading pauses. */
export const DEFAULT_MAX_HANDLING = 16;

/**
 * Messages one connection may have handled in one turn of the event loop
 * before the others get theirs: a peer pipelining thousands of small CALLs
 * in one TCP read then delays another peer's frame by at most this many
 * frames of its own, not by all of them.
 */
export const MESSAGES_PER_TURN = 1;

/**
 * Frames written to a peer after which it must prove it reads them: a ping
 * with a token of its own goes out, and its pong must come back within the
 * unread timeout.
 */
export const PROBE_AFTER_FRAMES = 256;

/**
 * Default time a peer may leave a probe ping unanswered, in ms: 10 s. A
 * peer that reads answers within a round trip; one that pipelines calls and
 * never reads is cut after this long instead of holding the server busy
 * until its buffers fill and the keep-alive runs out (a minute and more).
 */
export const DEFAULT_UNREAD_TIMEOUT_MS = 10_000;

/** WebSocket close codes used here (RFC 6455, 7.4.1). */
export const CloseCode = {
  Normal: 1000,
  GoingAway: 1001,
  ProtocolError: 1002,
  PolicyViolation: 1008,
  MessageTooBig: 1009,
  InternalError: 1011,
} as const;
