/** OCPP-J: frames, error codes and the transport-agnostic endpoint. */
export * from './frames.js';
export * from './errors.js';
export {
  dispatchCall,
  describeIssues,
  type CallContext,
  type CallHandler,
  type DispatchConfig,
  type DispatchReply,
  type HandlerErrorEvent,
  type HandlerTable,
  type RefusedCallEvent,
  type ValidationSetting,
  type Validator,
  type WarningEvent,
} from './dispatch.js';
export {
  Endpoint,
  type BadMessageEvent,
  type CallOptions,
  type EndpointEvents,
  type EndpointHooks,
  type EndpointOptions,
  type EndpointReporter,
  type FrameObserver,
  type HandlerContext,
  type SendFunction,
  type UnmatchedEvent,
  type ValidationModes,
} from './endpoint.js';
