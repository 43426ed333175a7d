/** OCPP-J: frames, error codes and the transport-agnostic endpoint of one version. */
export * from './frames.js';
export * from './errors.js';
export {
  dispatchCall,
  deliverSend,
  describeIssues,
  type CallContext,
  type CallHandler,
  type DispatchConfig,
  type DispatchReply,
  type HandlerErrorEvent,
  type HandlerTable,
  type Refusal,
  type RefusedCallEvent,
  type SilentRefusal,
  type ValidationSetting,
  type Validator,
  type WarningEvent,
} from './dispatch.js';
export { Endpoint } from './endpoint.js';
export type {
  BadMessageEvent,
  CallOptions,
  CallResultErrorEvent,
  EndpointEvents,
  EndpointHooks,
  EndpointOptions,
  EndpointReporter,
  FrameObserver,
  HandlerContext,
  SendFunction,
  UnmatchedEvent,
  ValidationModes,
} from './endpoint-options.js';
