/**
 * Every place where a version cannot say what the neutral model says, with
 * the rule the converters follow there. A rule is one of three kinds:
 *
 * - `unrepresentable`: the conversion is refused with a ConversionError
 *   naming the rule (a command a version cannot express, a value it has no
 *   word for);
 * - `lossy`: the conversion goes on without the field and reports a Loss;
 * - `assumed`: the version needs a value the neutral message lacks; the rule
 *   supplies it and reports a Loss.
 *
 * docs/neutral-model.md lists the same rules; the tests check each one.
 */

/** The rule table: id, kind and what the converters do. */
export const conversionRules = {
  'evse-connector-16': {
    kind: 'unrepresentable',
    rule: '1.6 numbers connectors, not EVSEs: connector n is EVSE n with its connector 1, connector 0 the station. A second connector of an EVSE has no 1.6 number.',
  },
  'transaction-id-16': {
    kind: 'unrepresentable',
    rule: '1.6 transaction ids are integers the CSMS assigns; the neutral id is their decimal form. An id chosen by a 2.x station has no 1.6 form.',
  },
  'id-token-length-16': { kind: 'unrepresentable', rule: '1.6 idTags are at most 20 characters.' },
  'id-token-details-16': { kind: 'lossy', rule: '1.6 idTags have no type and no additional info: they are not sent.' },
  'id-token-type-201': {
    kind: 'unrepresentable',
    rule: "2.0.1's token types are a closed list: 2.1's further types (DirectPayment, EVCCID, VIN, others) have no 2.0.1 form.",
  },
  'id-token-type-default': { kind: 'assumed', rule: 'A token without type (from a 1.6 station) goes to 2.x as Central.' },
  'authorization-status-16': {
    kind: 'lossy',
    rule: 'NoCredit, NotAllowedTypeEVSE, NotAtThisLocation, NotAtThisTime and Unknown have no 1.6 form: 1.6 gets Invalid.',
  },
  'id-token-info-16': {
    kind: 'lossy',
    rule: '1.6 IdTagInfo has no chargingPriority, languages, EVSE list or personal message: they are not sent; a group token is sent as parentIdTag.',
  },
  'status-info-16': { kind: 'lossy', rule: '1.6 answers carry no statusInfo: it is not sent.' },
  'status-info-201': { kind: 'lossy', rule: "2.0.1's firmware and log status notifications carry no statusInfo (2.1 does): it is not sent." },
  'transaction-answer-16': {
    kind: 'lossy',
    rule: "1.6 transaction answers carry no cost, priority or personal message: they are not sent.",
  },
  'start-authorization-16': {
    kind: 'assumed',
    rule: 'StartTransaction.conf must carry idTagInfo: an answer without idTokenInfo sends status Accepted (2.x: no change to the authorization).',
  },
  'remote-start-id-2x': { kind: 'unrepresentable', rule: '2.x RequestStartTransaction needs a remoteStartId (1.6 has none: the tracker keeps it).' },
  'remote-start-transaction-16': { kind: 'lossy', rule: '1.6 RemoteStartTransaction.conf has no transactionId: it is not sent.' },
  'scheduled-16': { kind: 'lossy', rule: '1.6 Reset.conf has no Scheduled: it is sent as Accepted.' },
  'group-id-token-16': { kind: 'lossy', rule: '1.6 RemoteStartTransaction has no group token: it is not sent.' },
  'reset-16': {
    kind: 'unrepresentable',
    rule: '1.6 resets the whole charge point, at once: OnIdle, ImmediateAndResume and the reset of one EVSE have no 1.6 form. Immediate is 1.6 Soft, Hard is 1.6 Hard.',
  },
  'reset-hard-2x': { kind: 'lossy', rule: '2.x has no hard reset: Hard is sent as Immediate.' },
  'read-only-2x': { kind: 'lossy', rule: '2.x GetVariables results do not say whether a variable is read-only (1.6 does): it is not sent.' },
  'profile-status-2x': { kind: 'lossy', rule: '2.x SetChargingProfile has no NotSupported (1.6 has): it is sent as Rejected.' },
  'composite-min-rate-2x': { kind: 'lossy', rule: '2.x composite schedules have no minChargingRate (1.6 has): it is not sent.' },
  'reset-resume-201': { kind: 'unrepresentable', rule: 'ImmediateAndResume is 2.1 only.' },
  'trigger-16': {
    kind: 'unrepresentable',
    rule: '1.6 can trigger BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues, StatusNotification (TriggerMessage), LogStatusNotification and SignChargingStationCertificate (ExtendedTriggerMessage); nothing else.',
  },
  'trigger-2x': {
    kind: 'unrepresentable',
    rule: 'DiagnosticsStatusNotification is 1.6 only; CustomTrigger, SignV2G20Certificate and customTrigger are 2.1 only.',
  },
  'data-as-text-16': { kind: 'lossy', rule: '1.6 DataTransfer data is a string: any other JSON value is sent as its JSON text.' },
  'variables-all-2x': {
    kind: 'unrepresentable',
    rule: '2.x GetVariables names its variables: reading every variable is a base report there (GetBaseReport), not a GetVariables.',
  },
  'variable-not-in-16': {
    kind: 'lossy',
    rule: 'A variable with no 1.6 key (no table entry, not on ConfigurationKeys) is not asked for: its result is UnknownComponent or UnknownVariable with reasonCode NoKeyIn16.',
  },
  'attribute-type-16': {
    kind: 'lossy',
    rule: '1.6 keys have only an actual value: Target, MinSet and MaxSet are not asked for; their result is NotSupportedAttributeType.',
  },
  'read-only-16': { kind: 'assumed', rule: '1.6 GetConfiguration.conf says whether each key is read-only: a reading that does not say is sent as writable.' },
  'configuration-status-16': {
    kind: 'lossy',
    rule: '1.6 ChangeConfiguration answers Accepted, Rejected, RebootRequired or NotSupported: UnknownComponent and UnknownVariable are NotSupported, NotSupportedAttributeType is Rejected.',
  },
  'unlock-status-16': {
    kind: 'lossy',
    rule: '1.6 UnlockConnector answers Unlocked, UnlockFailed or NotSupported: OngoingAuthorizedTransaction and UnknownConnector are UnlockFailed.',
  },
  'unlock-status-2x': { kind: 'lossy', rule: '2.x has no NotSupported for UnlockConnector: it is UnlockFailed.' },
  'profile-16': {
    kind: 'unrepresentable',
    rule: '1.6 has no ChargingStationExternalConstraints purpose (the CSMS never sets one), and profile ids and transaction ids are integers.',
  },
  'profile-details-16': {
    kind: 'lossy',
    rule: '1.6 profiles hold one schedule without id, periods without phaseToUse, limits in steps of 0.1: further schedules, schedule ids and phaseToUse are not sent, limits are rounded down to 0.1.',
  },
  'schedule-id-2x': { kind: 'assumed', rule: '2.x schedules have an id: a schedule without one (from 1.6) gets its position (0, 1, 2).' },
  'profile-time': {
    kind: 'unrepresentable',
    rule: 'Profile and schedule times are whole epoch seconds (the smart-charging shape): fractions of a second and offsets are not kept, a leap second is read as the second before, and a time outside the years 0000 to 9999 has no RFC 3339 form.',
  },
  'profile-21': {
    kind: 'unrepresentable',
    rule: "2.1 profile features that change limits beyond 2.0.1's rules (Dynamic, PriorityCharging, LocalGeneration, per-phase limits, setpoints, discharging, limits by SoC, local time, randomized delay) are not in the neutral model.",
  },
  'stop-reason-16': {
    kind: 'lossy',
    rule: "2.x stop reasons 1.6 lacks become Other; ImmediateReset becomes HardReset.",
  },
  'stop-reason-2x': {
    kind: 'lossy',
    rule: '1.6 HardReset and SoftReset are ImmediateReset in 2.x, UnlockCommand is Other; the 2.1 reason ReqEnergyTransferRejected is Other in 2.0.1.',
  },
  'trigger-reason-2x': { kind: 'lossy', rule: "A 2.1 trigger reason 2.0.1 lacks (CostLimitReached, LimitSet, ...) is sent to 2.0.1 as Trigger." },
  'meter-value-16': {
    kind: 'unrepresentable',
    rule: '1.6 sampled values have no signed-value block, units outside its list, or a multiplier other than 0 and 3 (k-units); 2.x measurands and locations 1.6 lacks have no 1.6 form.',
  },
  'meter-value-2x': {
    kind: 'unrepresentable',
    rule: '2.x values are numbers: a 1.6 value that is not a number (signed data) has no 2.x form; 1.6 measurands Temperature and RPM, 2.1 measurands and the location Upstream have no 2.0.1 form.',
  },
  'meter-start-stop-2x': {
    kind: 'assumed',
    rule: '2.x carries the start and stop register as meter values: a 1.6 meterStart or meterStop is sent as an Energy.Active.Import.Register value in Wh with context Transaction.Begin or Transaction.End, unless the event already has one.',
  },
  'transaction-event-16': {
    kind: 'unrepresentable',
    rule: '1.6 StartTransaction needs an EVSE, a token and a meterStart; StopTransaction a meterStop.',
  },
  'transaction-details-16': {
    kind: 'lossy',
    rule: '1.6 transaction messages carry no trigger reason, charging state, time spent charging, offline flag, phases, cable current or remote start id: they are not sent.',
  },
  'connector-status-16': {
    kind: 'unrepresentable',
    rule: '1.6 StatusNotification needs the finer status (Preparing, Charging, ...) where 2.x says Occupied, and it must agree with the coarse one.',
  },
  'error-code-16': { kind: 'assumed', rule: '1.6 StatusNotification needs an error code: a status without one is sent with NoError.' },
  'connector-status-2x': { kind: 'lossy', rule: "2.x StatusNotification has no error code, info or vendor fields: they are not sent." },
  'timestamp-2x': { kind: 'unrepresentable', rule: '2.x StatusNotification needs a timestamp.' },
  'boot-16': { kind: 'lossy', rule: '1.6 BootNotification has no boot reason: it is not sent.' },
  'boot-2x': { kind: 'lossy', rule: "2.x BootNotification has no charge box serial number or meter type and serial: they are not sent." },
  'boot-reason-2x': { kind: 'assumed', rule: '2.x BootNotification needs a reason: a boot without one (from 1.6) is sent as Unknown.' },
  'firmware-status-16': {
    kind: 'unrepresentable',
    rule: "1.6 FirmwareStatusNotification knows Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing and Installed; the other statuses go in SignedFirmwareStatusNotification. It has no requestId.",
  },
  'log-status-16': {
    kind: 'unrepresentable',
    rule: '1.6 DiagnosticsStatusNotification knows Idle, Uploaded, UploadFailed (UploadFailure) and Uploading, without requestId; the others go in LogStatusNotification.',
  },
  'meter-report-transaction-2x': {
    kind: 'lossy',
    rule: '2.x MeterValues belong to no transaction (a transaction\'s values go in TransactionEvent): the transactionId is not sent.',
  },
  'composite-schedule-2x': { kind: 'unrepresentable', rule: '2.x composite schedules need a start and a duration.' },
  'message-format-201': { kind: 'unrepresentable', rule: 'The message format QRCODE is 2.1 only.' },
  'sampled-value-201': {
    kind: 'unrepresentable',
    rule: '2.0.1 signed meter values need signingMethod and publicKey (2.1 makes them optional).',
  },
} as const;

/** The id of a conversion rule. */
export type ConversionRuleId = keyof typeof conversionRules;

/** What a rule does when it applies. */
export type ConversionRuleKind = (typeof conversionRules)[ConversionRuleId]['kind'];
