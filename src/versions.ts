/**
 * Every OCPP version this library speaks, newest first: what a CsmsServer
 * offers unless told otherwise. Part of the version layer (it only gathers
 * the version folders' descriptors), so the transport can default to all of
 * them without naming one.
 */
import { v16, type V16 } from './v16/descriptor.js';
import { v201, type V201 } from './v201/descriptor.js';
import { v21, type V21 } from './v21/descriptor.js';

/** The descriptor of any version this library speaks. */
export type KnownVersion = V21 | V201 | V16;

/** Every version, newest first (the order a server prefers them in). */
export const allVersions: readonly KnownVersion[] = Object.freeze([v21, v201, v16]);
