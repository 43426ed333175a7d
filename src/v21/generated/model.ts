// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// The model as data (see src/schema/model.ts).
import type { ModelDescription } from '../../schema/model.js';

/** Every enumeration, data type, message and action of the model, with each field's type and constraints. */
export const model: ModelDescription = JSON.parse(`{
  "version": "2.1",
  "enums": {
    "APNAuthenticationEnumType": [
      "PAP",
      "CHAP",
      "NONE",
      "AUTO"
    ],
    "AttributeEnumType": [
      "Actual",
      "Target",
      "MinSet",
      "MaxSet"
    ],
    "AuthorizationStatusEnumType": [
      "Accepted",
      "Blocked",
      "ConcurrentTx",
      "Expired",
      "Invalid",
      "NoCredit",
      "NotAllowedTypeEVSE",
      "NotAtThisLocation",
      "NotAtThisTime",
      "Unknown"
    ],
    "AuthorizeCertificateStatusEnumType": [
      "Accepted",
      "SignatureError",
      "CertificateExpired",
      "CertificateRevoked",
      "NoCertificateAvailable",
      "CertChainError",
      "ContractCancelled"
    ],
    "BatterySwapEventEnumType": [
      "BatteryIn",
      "BatteryOut",
      "BatteryOutTimeout"
    ],
    "BootReasonEnumType": [
      "ApplicationReset",
      "FirmwareUpdate",
      "LocalReset",
      "PowerUp",
      "RemoteReset",
      "ScheduledReset",
      "Triggered",
      "Unknown",
      "Watchdog"
    ],
    "CancelReservationStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "CertificateActionEnumType": [
      "Install",
      "Update"
    ],
    "CertificateSignedStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "CertificateSigningUseEnumType": [
      "ChargingStationCertificate",
      "V2GCertificate",
      "V2G20Certificate"
    ],
    "CertificateStatusEnumType": [
      "Good",
      "Revoked",
      "Unknown",
      "Failed"
    ],
    "CertificateStatusSourceEnumType": [
      "CRL",
      "OCSP"
    ],
    "ChangeAvailabilityStatusEnumType": [
      "Accepted",
      "Rejected",
      "Scheduled"
    ],
    "ChargingProfileKindEnumType": [
      "Absolute",
      "Recurring",
      "Relative",
      "Dynamic"
    ],
    "ChargingProfilePurposeEnumType": [
      "ChargingStationExternalConstraints",
      "ChargingStationMaxProfile",
      "TxDefaultProfile",
      "TxProfile",
      "PriorityCharging",
      "LocalGeneration"
    ],
    "ChargingProfileStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "ChargingRateUnitEnumType": [
      "W",
      "A"
    ],
    "ChargingStateEnumType": [
      "EVConnected",
      "Charging",
      "SuspendedEV",
      "SuspendedEVSE",
      "Idle"
    ],
    "ClearCacheStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "ClearChargingProfileStatusEnumType": [
      "Accepted",
      "Unknown"
    ],
    "ClearMessageStatusEnumType": [
      "Accepted",
      "Unknown",
      "Rejected"
    ],
    "ClearMonitoringStatusEnumType": [
      "Accepted",
      "Rejected",
      "NotFound"
    ],
    "ComponentCriterionEnumType": [
      "Active",
      "Available",
      "Enabled",
      "Problem"
    ],
    "ConnectorStatusEnumType": [
      "Available",
      "Occupied",
      "Reserved",
      "Unavailable",
      "Faulted"
    ],
    "ControlModeEnumType": [
      "ScheduledControl",
      "DynamicControl"
    ],
    "CostDimensionEnumType": [
      "Energy",
      "MaxCurrent",
      "MinCurrent",
      "MaxPower",
      "MinPower",
      "IdleTIme",
      "ChargingTime"
    ],
    "CostKindEnumType": [
      "CarbonDioxideEmission",
      "RelativePricePercentage",
      "RenewableGenerationPercentage"
    ],
    "CustomerInformationStatusEnumType": [
      "Accepted",
      "Rejected",
      "Invalid"
    ],
    "DERControlEnumType": [
      "EnterService",
      "FreqDroop",
      "FreqWatt",
      "FixedPFAbsorb",
      "FixedPFInject",
      "FixedVar",
      "Gradients",
      "HFMustTrip",
      "HFMayTrip",
      "HVMustTrip",
      "HVMomCess",
      "HVMayTrip",
      "LimitMaxDischarge",
      "LFMustTrip",
      "LVMustTrip",
      "LVMomCess",
      "LVMayTrip",
      "PowerMonitoringMustTrip",
      "VoltVar",
      "VoltWatt",
      "WattPF",
      "WattVar"
    ],
    "DERControlStatusEnumType": [
      "Accepted",
      "Rejected",
      "NotSupported",
      "NotFound"
    ],
    "DERUnitEnumType": [
      "Not_Applicable",
      "PctMaxW",
      "PctMaxVar",
      "PctWAvail",
      "PctVarAvail",
      "PctEffectiveV"
    ],
    "DataEnumType": [
      "string",
      "decimal",
      "integer",
      "dateTime",
      "boolean",
      "OptionList",
      "SequenceList",
      "MemberList"
    ],
    "DataTransferStatusEnumType": [
      "Accepted",
      "Rejected",
      "UnknownMessageId",
      "UnknownVendorId"
    ],
    "DayOfWeekEnumType": [
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday"
    ],
    "DeleteCertificateStatusEnumType": [
      "Accepted",
      "Failed",
      "NotFound"
    ],
    "DisplayMessageStatusEnumType": [
      "Accepted",
      "NotSupportedMessageFormat",
      "Rejected",
      "NotSupportedPriority",
      "NotSupportedState",
      "UnknownTransaction",
      "LanguageNotSupported"
    ],
    "EnergyTransferModeEnumType": [
      "AC_single_phase",
      "AC_two_phase",
      "AC_three_phase",
      "DC",
      "AC_BPT",
      "AC_BPT_DER",
      "AC_DER",
      "DC_BPT",
      "DC_ACDP",
      "DC_ACDP_BPT",
      "WPT"
    ],
    "EventNotificationEnumType": [
      "HardWiredNotification",
      "HardWiredMonitor",
      "PreconfiguredMonitor",
      "CustomMonitor"
    ],
    "EventTriggerEnumType": [
      "Alerting",
      "Delta",
      "Periodic"
    ],
    "EvseKindEnumType": [
      "AC",
      "DC"
    ],
    "FirmwareStatusEnumType": [
      "Downloaded",
      "DownloadFailed",
      "Downloading",
      "DownloadScheduled",
      "DownloadPaused",
      "Idle",
      "InstallationFailed",
      "Installing",
      "Installed",
      "InstallRebooting",
      "InstallScheduled",
      "InstallVerificationFailed",
      "InvalidSignature",
      "SignatureVerified"
    ],
    "GenericDeviceModelStatusEnumType": [
      "Accepted",
      "Rejected",
      "NotSupported",
      "EmptyResultSet"
    ],
    "GenericStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "GetCertificateIdUseEnumType": [
      "V2GRootCertificate",
      "MORootCertificate",
      "CSMSRootCertificate",
      "V2GCertificateChain",
      "ManufacturerRootCertificate",
      "OEMRootCertificate"
    ],
    "GetCertificateStatusEnumType": [
      "Accepted",
      "Failed"
    ],
    "GetChargingProfileStatusEnumType": [
      "Accepted",
      "NoProfiles"
    ],
    "GetDisplayMessagesStatusEnumType": [
      "Accepted",
      "Unknown"
    ],
    "GetInstalledCertificateStatusEnumType": [
      "Accepted",
      "NotFound"
    ],
    "GetVariableStatusEnumType": [
      "Accepted",
      "Rejected",
      "UnknownComponent",
      "UnknownVariable",
      "NotSupportedAttributeType"
    ],
    "GridEventFaultEnumType": [
      "CurrentImbalance",
      "LocalEmergency",
      "LowInputPower",
      "OverCurrent",
      "OverFrequency",
      "OverVoltage",
      "PhaseRotation",
      "RemoteEmergency",
      "UnderFrequency",
      "UnderVoltage",
      "VoltageImbalance"
    ],
    "HashAlgorithmEnumType": [
      "SHA256",
      "SHA384",
      "SHA512"
    ],
    "InstallCertificateStatusEnumType": [
      "Accepted",
      "Rejected",
      "Failed"
    ],
    "InstallCertificateUseEnumType": [
      "V2GRootCertificate",
      "MORootCertificate",
      "ManufacturerRootCertificate",
      "CSMSRootCertificate",
      "OEMRootCertificate"
    ],
    "IslandingDetectionEnumType": [
      "NoAntiIslandingSupport",
      "RoCoF",
      "UVP_OVP",
      "UFP_OFP",
      "VoltageVectorShift",
      "ZeroCrossingDetection",
      "OtherPassive",
      "ImpedanceMeasurement",
      "ImpedanceAtFrequency",
      "SlipModeFrequencyShift",
      "SandiaFrequencyShift",
      "SandiaVoltageShift",
      "FrequencyJump",
      "RCLQFactor",
      "OtherActive"
    ],
    "Iso15118EVCertificateStatusEnumType": [
      "Accepted",
      "Failed"
    ],
    "LocationEnumType": [
      "Body",
      "Cable",
      "EV",
      "Inlet",
      "Outlet",
      "Upstream"
    ],
    "LogEnumType": [
      "DiagnosticsLog",
      "SecurityLog",
      "DataCollectorLog"
    ],
    "LogStatusEnumType": [
      "Accepted",
      "Rejected",
      "AcceptedCanceled"
    ],
    "MeasurandEnumType": [
      "Current.Export",
      "Current.Export.Offered",
      "Current.Export.Minimum",
      "Current.Import",
      "Current.Import.Offered",
      "Current.Import.Minimum",
      "Current.Offered",
      "Display.PresentSOC",
      "Display.MinimumSOC",
      "Display.TargetSOC",
      "Display.MaximumSOC",
      "Display.RemainingTimeToMinimumSOC",
      "Display.RemainingTimeToTargetSOC",
      "Display.RemainingTimeToMaximumSOC",
      "Display.ChargingComplete",
      "Display.BatteryEnergyCapacity",
      "Display.InletHot",
      "Energy.Active.Export.Interval",
      "Energy.Active.Export.Register",
      "Energy.Active.Import.Interval",
      "Energy.Active.Import.Register",
      "Energy.Active.Import.CableLoss",
      "Energy.Active.Import.LocalGeneration.Register",
      "Energy.Active.Net",
      "Energy.Active.Setpoint.Interval",
      "Energy.Apparent.Export",
      "Energy.Apparent.Import",
      "Energy.Apparent.Net",
      "Energy.Reactive.Export.Interval",
      "Energy.Reactive.Export.Register",
      "Energy.Reactive.Import.Interval",
      "Energy.Reactive.Import.Register",
      "Energy.Reactive.Net",
      "EnergyRequest.Target",
      "EnergyRequest.Minimum",
      "EnergyRequest.Maximum",
      "EnergyRequest.Minimum.V2X",
      "EnergyRequest.Maximum.V2X",
      "EnergyRequest.Bulk",
      "Frequency",
      "Power.Active.Export",
      "Power.Active.Import",
      "Power.Active.Setpoint",
      "Power.Active.Residual",
      "Power.Export.Minimum",
      "Power.Export.Offered",
      "Power.Factor",
      "Power.Import.Offered",
      "Power.Import.Minimum",
      "Power.Offered",
      "Power.Reactive.Export",
      "Power.Reactive.Import",
      "SoC",
      "Voltage",
      "Voltage.Minimum",
      "Voltage.Maximum"
    ],
    "MessageFormatEnumType": [
      "ASCII",
      "HTML",
      "URI",
      "UTF8",
      "QRCODE"
    ],
    "MessagePriorityEnumType": [
      "AlwaysFront",
      "InFront",
      "NormalCycle"
    ],
    "MessageStateEnumType": [
      "Charging",
      "Faulted",
      "Idle",
      "Unavailable",
      "Suspended",
      "Discharging"
    ],
    "MessageTriggerEnumType": [
      "BootNotification",
      "LogStatusNotification",
      "FirmwareStatusNotification",
      "Heartbeat",
      "MeterValues",
      "SignChargingStationCertificate",
      "SignV2GCertificate",
      "SignV2G20Certificate",
      "StatusNotification",
      "TransactionEvent",
      "SignCombinedCertificate",
      "PublishFirmwareStatusNotification",
      "CustomTrigger"
    ],
    "MobilityNeedsModeEnumType": [
      "EVCC",
      "EVCC_SECC"
    ],
    "MonitorEnumType": [
      "UpperThreshold",
      "LowerThreshold",
      "Delta",
      "Periodic",
      "PeriodicClockAligned",
      "TargetDelta",
      "TargetDeltaRelative"
    ],
    "MonitoringBaseEnumType": [
      "All",
      "FactoryDefault",
      "HardWiredOnly"
    ],
    "MonitoringCriterionEnumType": [
      "ThresholdMonitoring",
      "DeltaMonitoring",
      "PeriodicMonitoring"
    ],
    "MutabilityEnumType": [
      "ReadOnly",
      "WriteOnly",
      "ReadWrite"
    ],
    "NotifyAllowedEnergyTransferStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "NotifyEVChargingNeedsStatusEnumType": [
      "Accepted",
      "Rejected",
      "Processing",
      "NoChargingProfile"
    ],
    "OCPPInterfaceEnumType": [
      "Wired0",
      "Wired1",
      "Wired2",
      "Wired3",
      "Wireless0",
      "Wireless1",
      "Wireless2",
      "Wireless3",
      "Any"
    ],
    "OCPPTransportEnumType": [
      "SOAP",
      "JSON"
    ],
    "OCPPVersionEnumType": [
      "OCPP12",
      "OCPP15",
      "OCPP16",
      "OCPP20",
      "OCPP201",
      "OCPP21"
    ],
    "OperationModeEnumType": [
      "Idle",
      "ChargingOnly",
      "CentralSetpoint",
      "ExternalSetpoint",
      "ExternalLimits",
      "CentralFrequency",
      "LocalFrequency",
      "LocalLoadBalancing"
    ],
    "OperationalStatusEnumType": [
      "Inoperative",
      "Operative"
    ],
    "PaymentStatusEnumType": [
      "Settled",
      "Canceled",
      "Rejected",
      "Failed"
    ],
    "PhaseEnumType": [
      "L1",
      "L2",
      "L3",
      "N",
      "L1-N",
      "L2-N",
      "L3-N",
      "L1-L2",
      "L2-L3",
      "L3-L1"
    ],
    "PowerDuringCessationEnumType": [
      "Active",
      "Reactive"
    ],
    "PreconditioningStatusEnumType": [
      "Unknown",
      "Ready",
      "NotReady",
      "Preconditioning"
    ],
    "PriorityChargingStatusEnumType": [
      "Accepted",
      "Rejected",
      "NoProfile"
    ],
    "PublishFirmwareStatusEnumType": [
      "Idle",
      "DownloadScheduled",
      "Downloading",
      "Downloaded",
      "Published",
      "DownloadFailed",
      "DownloadPaused",
      "InvalidChecksum",
      "ChecksumVerified",
      "PublishFailed"
    ],
    "ReadingContextEnumType": [
      "Interruption.Begin",
      "Interruption.End",
      "Other",
      "Sample.Clock",
      "Sample.Periodic",
      "Transaction.Begin",
      "Transaction.End",
      "Trigger"
    ],
    "ReasonEnumType": [
      "DeAuthorized",
      "EmergencyStop",
      "EnergyLimitReached",
      "EVDisconnected",
      "GroundFault",
      "ImmediateReset",
      "MasterPass",
      "Local",
      "LocalOutOfCredit",
      "Other",
      "OvercurrentFault",
      "PowerLoss",
      "PowerQuality",
      "Reboot",
      "Remote",
      "SOCLimitReached",
      "StoppedByEV",
      "TimeLimitReached",
      "Timeout",
      "ReqEnergyTransferRejected"
    ],
    "RecurrencyKindEnumType": [
      "Daily",
      "Weekly"
    ],
    "RegistrationStatusEnumType": [
      "Accepted",
      "Pending",
      "Rejected"
    ],
    "ReportBaseEnumType": [
      "ConfigurationInventory",
      "FullInventory",
      "SummaryInventory"
    ],
    "RequestStartStopStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "ReservationUpdateStatusEnumType": [
      "Expired",
      "Removed",
      "NoTransaction"
    ],
    "ReserveNowStatusEnumType": [
      "Accepted",
      "Faulted",
      "Occupied",
      "Rejected",
      "Unavailable"
    ],
    "ResetEnumType": [
      "Immediate",
      "OnIdle",
      "ImmediateAndResume"
    ],
    "ResetStatusEnumType": [
      "Accepted",
      "Rejected",
      "Scheduled"
    ],
    "SendLocalListStatusEnumType": [
      "Accepted",
      "Failed",
      "VersionMismatch"
    ],
    "SetMonitoringStatusEnumType": [
      "Accepted",
      "UnknownComponent",
      "UnknownVariable",
      "UnsupportedMonitorType",
      "Rejected",
      "Duplicate"
    ],
    "SetNetworkProfileStatusEnumType": [
      "Accepted",
      "Rejected",
      "Failed"
    ],
    "SetVariableStatusEnumType": [
      "Accepted",
      "Rejected",
      "UnknownComponent",
      "UnknownVariable",
      "NotSupportedAttributeType",
      "RebootRequired"
    ],
    "TariffChangeStatusEnumType": [
      "Accepted",
      "Rejected",
      "TooManyElements",
      "ConditionNotSupported",
      "TxNotFound",
      "NoCurrencyChange"
    ],
    "TariffClearStatusEnumType": [
      "Accepted",
      "Rejected",
      "NoTariff"
    ],
    "TariffCostEnumType": [
      "NormalCost",
      "MinCost",
      "MaxCost"
    ],
    "TariffGetStatusEnumType": [
      "Accepted",
      "Rejected",
      "NoTariff"
    ],
    "TariffKindEnumType": [
      "DefaultTariff",
      "DriverTariff"
    ],
    "TariffSetStatusEnumType": [
      "Accepted",
      "Rejected",
      "TooManyElements",
      "ConditionNotSupported",
      "DuplicateTariffId"
    ],
    "TransactionEventEnumType": [
      "Ended",
      "Started",
      "Updated"
    ],
    "TriggerMessageStatusEnumType": [
      "Accepted",
      "Rejected",
      "NotImplemented"
    ],
    "TriggerReasonEnumType": [
      "AbnormalCondition",
      "Authorized",
      "CablePluggedIn",
      "ChargingRateChanged",
      "ChargingStateChanged",
      "CostLimitReached",
      "Deauthorized",
      "EnergyLimitReached",
      "EVCommunicationLost",
      "EVConnectTimeout",
      "EVDeparted",
      "EVDetected",
      "LimitSet",
      "MeterValueClock",
      "MeterValuePeriodic",
      "OperationModeChanged",
      "RemoteStart",
      "RemoteStop",
      "ResetCommand",
      "RunningCost",
      "SignedDataReceived",
      "SoCLimitReached",
      "StopAuthorized",
      "TariffChanged",
      "TariffNotAccepted",
      "TimeLimitReached",
      "Trigger",
      "TxResumed",
      "UnlockCommand"
    ],
    "UnlockStatusEnumType": [
      "Unlocked",
      "UnlockFailed",
      "OngoingAuthorizedTransaction",
      "UnknownConnector"
    ],
    "UnpublishFirmwareStatusEnumType": [
      "DownloadOngoing",
      "NoFirmware",
      "Unpublished"
    ],
    "UpdateEnumType": [
      "Differential",
      "Full"
    ],
    "UpdateFirmwareStatusEnumType": [
      "Accepted",
      "Rejected",
      "AcceptedCanceled",
      "InvalidCertificate",
      "RevokedCertificate"
    ],
    "UploadLogStatusEnumType": [
      "BadMessage",
      "Idle",
      "NotSupportedOperation",
      "PermissionDenied",
      "Uploaded",
      "UploadFailure",
      "Uploading",
      "AcceptedCanceled"
    ],
    "VPNEnumType": [
      "IKEv2",
      "IPSec",
      "L2TP",
      "PPTP"
    ]
  },
  "types": {
    "ACChargingParametersType": {
      "properties": {
        "energyAmount": {
          "type": "number"
        },
        "evMinCurrent": {
          "type": "number"
        },
        "evMaxCurrent": {
          "type": "number"
        },
        "evMaxVoltage": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "energyAmount",
        "evMinCurrent",
        "evMaxCurrent",
        "evMaxVoltage"
      ],
      "open": false
    },
    "APNType": {
      "properties": {
        "apn": {
          "type": "string",
          "maxLength": 2000
        },
        "apnUserName": {
          "type": "string",
          "maxLength": 50
        },
        "apnPassword": {
          "type": "string",
          "maxLength": 64
        },
        "simPin": {
          "type": "integer"
        },
        "preferredNetwork": {
          "type": "string",
          "maxLength": 6
        },
        "useOnlyPreferredNetwork": {
          "type": "boolean",
          "default": false
        },
        "apnAuthentication": {
          "type": "enum",
          "enum": "APNAuthenticationEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "apn",
        "apnAuthentication"
      ],
      "open": false
    },
    "AbsolutePriceScheduleType": {
      "properties": {
        "timeAnchor": {
          "type": "string",
          "format": "date-time"
        },
        "priceScheduleID": {
          "type": "integer",
          "minimum": 0
        },
        "priceScheduleDescription": {
          "type": "string",
          "maxLength": 160
        },
        "currency": {
          "type": "string",
          "maxLength": 3
        },
        "language": {
          "type": "string",
          "maxLength": 8
        },
        "priceAlgorithm": {
          "type": "string",
          "maxLength": 2000
        },
        "minimumCost": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "maximumCost": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "priceRuleStacks": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "PriceRuleStackType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "taxRules": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TaxRuleType"
          },
          "minItems": 1,
          "maxItems": 10
        },
        "overstayRuleList": {
          "type": "object",
          "ref": "OverstayRuleListType"
        },
        "additionalSelectedServices": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "AdditionalSelectedServicesType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timeAnchor",
        "priceScheduleID",
        "currency",
        "language",
        "priceAlgorithm",
        "priceRuleStacks"
      ],
      "open": false
    },
    "AdditionalInfoType": {
      "properties": {
        "additionalIdToken": {
          "type": "string",
          "maxLength": 255
        },
        "type": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "additionalIdToken",
        "type"
      ],
      "open": false
    },
    "AdditionalSelectedServicesType": {
      "properties": {
        "serviceFee": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "serviceName": {
          "type": "string",
          "maxLength": 80
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "serviceName",
        "serviceFee"
      ],
      "open": false
    },
    "AddressType": {
      "properties": {
        "name": {
          "type": "string",
          "maxLength": 50
        },
        "address1": {
          "type": "string",
          "maxLength": 100
        },
        "address2": {
          "type": "string",
          "maxLength": 100
        },
        "city": {
          "type": "string",
          "maxLength": 100
        },
        "postalCode": {
          "type": "string",
          "maxLength": 20
        },
        "country": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "name",
        "address1",
        "city",
        "country"
      ],
      "open": false
    },
    "AuthorizationData": {
      "properties": {
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "idTokenInfo": {
          "type": "object",
          "ref": "IdTokenInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "idToken"
      ],
      "open": false
    },
    "BatteryDataType": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "serialNumber": {
          "type": "string",
          "maxLength": 50
        },
        "soC": {
          "type": "number",
          "minimum": 0,
          "maximum": 100
        },
        "soH": {
          "type": "number",
          "minimum": 0,
          "maximum": 100
        },
        "productionDate": {
          "type": "string",
          "format": "date-time"
        },
        "vendorInfo": {
          "type": "string",
          "maxLength": 500
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "serialNumber",
        "soC",
        "soH"
      ],
      "open": false
    },
    "CertificateHashDataChainType": {
      "properties": {
        "certificateHashData": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "certificateType": {
          "type": "enum",
          "enum": "GetCertificateIdUseEnumType"
        },
        "childCertificateHashData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CertificateHashDataType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateType",
        "certificateHashData"
      ],
      "open": false
    },
    "CertificateHashDataType": {
      "properties": {
        "hashAlgorithm": {
          "type": "enum",
          "enum": "HashAlgorithmEnumType"
        },
        "issuerNameHash": {
          "type": "string",
          "maxLength": 128
        },
        "issuerKeyHash": {
          "type": "string",
          "maxLength": 128
        },
        "serialNumber": {
          "type": "string",
          "maxLength": 40
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "hashAlgorithm",
        "issuerNameHash",
        "issuerKeyHash",
        "serialNumber"
      ],
      "open": false
    },
    "CertificateStatusRequestInfoType": {
      "properties": {
        "certificateHashData": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "source": {
          "type": "enum",
          "enum": "CertificateStatusSourceEnumType"
        },
        "urls": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 2000
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "source",
        "urls",
        "certificateHashData"
      ],
      "open": false
    },
    "CertificateStatusType": {
      "properties": {
        "certificateHashData": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "source": {
          "type": "enum",
          "enum": "CertificateStatusSourceEnumType"
        },
        "status": {
          "type": "enum",
          "enum": "CertificateStatusEnumType"
        },
        "nextUpdate": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "source",
        "status",
        "nextUpdate",
        "certificateHashData"
      ],
      "open": false
    },
    "ChargingLimitType": {
      "properties": {
        "chargingLimitSource": {
          "type": "string",
          "maxLength": 20
        },
        "isLocalGeneration": {
          "type": "boolean"
        },
        "isGridCritical": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "chargingLimitSource"
      ],
      "open": false
    },
    "ChargingNeedsType": {
      "properties": {
        "acChargingParameters": {
          "type": "object",
          "ref": "ACChargingParametersType"
        },
        "derChargingParameters": {
          "type": "object",
          "ref": "DERChargingParametersType"
        },
        "evEnergyOffer": {
          "type": "object",
          "ref": "EVEnergyOfferType"
        },
        "requestedEnergyTransfer": {
          "type": "enum",
          "enum": "EnergyTransferModeEnumType"
        },
        "dcChargingParameters": {
          "type": "object",
          "ref": "DCChargingParametersType"
        },
        "v2xChargingParameters": {
          "type": "object",
          "ref": "V2XChargingParametersType"
        },
        "availableEnergyTransfer": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "EnergyTransferModeEnumType"
          },
          "minItems": 1
        },
        "controlMode": {
          "type": "enum",
          "enum": "ControlModeEnumType"
        },
        "mobilityNeedsMode": {
          "type": "enum",
          "enum": "MobilityNeedsModeEnumType"
        },
        "departureTime": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestedEnergyTransfer"
      ],
      "open": false
    },
    "ChargingPeriodType": {
      "properties": {
        "dimensions": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CostDimensionType"
          },
          "minItems": 1
        },
        "tariffId": {
          "type": "string",
          "maxLength": 60
        },
        "startPeriod": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "startPeriod"
      ],
      "open": false
    },
    "ChargingProfileCriterionType": {
      "properties": {
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeEnumType"
        },
        "stackLevel": {
          "type": "integer",
          "minimum": 0
        },
        "chargingProfileId": {
          "type": "array",
          "items": {
            "type": "integer"
          },
          "minItems": 1
        },
        "chargingLimitSource": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 20
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ChargingProfileType": {
      "properties": {
        "id": {
          "type": "integer"
        },
        "stackLevel": {
          "type": "integer",
          "minimum": 0
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeEnumType"
        },
        "chargingProfileKind": {
          "type": "enum",
          "enum": "ChargingProfileKindEnumType"
        },
        "recurrencyKind": {
          "type": "enum",
          "enum": "RecurrencyKindEnumType"
        },
        "validFrom": {
          "type": "string",
          "format": "date-time"
        },
        "validTo": {
          "type": "string",
          "format": "date-time"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "maxOfflineDuration": {
          "type": "integer"
        },
        "chargingSchedule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingScheduleType"
          },
          "minItems": 1,
          "maxItems": 3
        },
        "invalidAfterOfflineDuration": {
          "type": "boolean"
        },
        "dynUpdateInterval": {
          "type": "integer"
        },
        "dynUpdateTime": {
          "type": "string",
          "format": "date-time"
        },
        "priceScheduleSignature": {
          "type": "string",
          "maxLength": 256
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "stackLevel",
        "chargingProfilePurpose",
        "chargingProfileKind",
        "chargingSchedule"
      ],
      "open": false
    },
    "ChargingSchedulePeriodType": {
      "properties": {
        "startPeriod": {
          "type": "integer"
        },
        "limit": {
          "type": "number"
        },
        "limit_L2": {
          "type": "number"
        },
        "limit_L3": {
          "type": "number"
        },
        "numberPhases": {
          "type": "integer",
          "minimum": 0,
          "maximum": 3
        },
        "phaseToUse": {
          "type": "integer",
          "minimum": 0,
          "maximum": 3
        },
        "dischargeLimit": {
          "type": "number",
          "maximum": 0
        },
        "dischargeLimit_L2": {
          "type": "number",
          "maximum": 0
        },
        "dischargeLimit_L3": {
          "type": "number",
          "maximum": 0
        },
        "setpoint": {
          "type": "number"
        },
        "setpoint_L2": {
          "type": "number"
        },
        "setpoint_L3": {
          "type": "number"
        },
        "setpointReactive": {
          "type": "number"
        },
        "setpointReactive_L2": {
          "type": "number"
        },
        "setpointReactive_L3": {
          "type": "number"
        },
        "preconditioningRequest": {
          "type": "boolean"
        },
        "evseSleep": {
          "type": "boolean"
        },
        "v2xBaseline": {
          "type": "number"
        },
        "operationMode": {
          "type": "enum",
          "enum": "OperationModeEnumType"
        },
        "v2xFreqWattCurve": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "V2XFreqWattPointType"
          },
          "minItems": 1,
          "maxItems": 20
        },
        "v2xSignalWattCurve": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "V2XSignalWattPointType"
          },
          "minItems": 1,
          "maxItems": 20
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "startPeriod"
      ],
      "open": false
    },
    "ChargingScheduleType": {
      "properties": {
        "id": {
          "type": "integer"
        },
        "limitAtSoC": {
          "type": "object",
          "ref": "LimitAtSoCType"
        },
        "startSchedule": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "integer"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitEnumType"
        },
        "minChargingRate": {
          "type": "number"
        },
        "powerTolerance": {
          "type": "number"
        },
        "signatureId": {
          "type": "integer",
          "minimum": 0
        },
        "digestValue": {
          "type": "string",
          "maxLength": 88
        },
        "useLocalTime": {
          "type": "boolean"
        },
        "chargingSchedulePeriod": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingSchedulePeriodType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "randomizedDelay": {
          "type": "integer",
          "minimum": 0
        },
        "salesTariff": {
          "type": "object",
          "ref": "SalesTariffType"
        },
        "absolutePriceSchedule": {
          "type": "object",
          "ref": "AbsolutePriceScheduleType"
        },
        "priceLevelSchedule": {
          "type": "object",
          "ref": "PriceLevelScheduleType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "chargingRateUnit",
        "chargingSchedulePeriod"
      ],
      "open": false
    },
    "ChargingScheduleUpdateType": {
      "properties": {
        "limit": {
          "type": "number"
        },
        "limit_L2": {
          "type": "number"
        },
        "limit_L3": {
          "type": "number"
        },
        "dischargeLimit": {
          "type": "number",
          "maximum": 0
        },
        "dischargeLimit_L2": {
          "type": "number",
          "maximum": 0
        },
        "dischargeLimit_L3": {
          "type": "number",
          "maximum": 0
        },
        "setpoint": {
          "type": "number"
        },
        "setpoint_L2": {
          "type": "number"
        },
        "setpoint_L3": {
          "type": "number"
        },
        "setpointReactive": {
          "type": "number"
        },
        "setpointReactive_L2": {
          "type": "number"
        },
        "setpointReactive_L3": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ChargingStationType": {
      "properties": {
        "serialNumber": {
          "type": "string",
          "maxLength": 25
        },
        "model": {
          "type": "string",
          "maxLength": 20
        },
        "modem": {
          "type": "object",
          "ref": "ModemType"
        },
        "vendorName": {
          "type": "string",
          "maxLength": 50
        },
        "firmwareVersion": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "model",
        "vendorName"
      ],
      "open": false
    },
    "ClearChargingProfileType": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeEnumType"
        },
        "stackLevel": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ClearMonitoringResultType": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearMonitoringStatusEnumType"
        },
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status",
        "id"
      ],
      "open": false
    },
    "ClearTariffsResultType": {
      "properties": {
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "tariffId": {
          "type": "string",
          "maxLength": 60
        },
        "status": {
          "type": "enum",
          "enum": "TariffClearStatusEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ComponentType": {
      "properties": {
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "name": {
          "type": "string",
          "maxLength": 50
        },
        "instance": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "name"
      ],
      "open": false
    },
    "ComponentVariableType": {
      "properties": {
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "component"
      ],
      "open": false
    },
    "CompositeScheduleType": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "duration": {
          "type": "integer"
        },
        "scheduleStart": {
          "type": "string",
          "format": "date-time"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitEnumType"
        },
        "chargingSchedulePeriod": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingSchedulePeriodType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "duration",
        "scheduleStart",
        "chargingRateUnit",
        "chargingSchedulePeriod"
      ],
      "open": false
    },
    "ConstantStreamDataType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "params": {
          "type": "object",
          "ref": "PeriodicEventStreamParamsType"
        },
        "variableMonitoringId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "variableMonitoringId",
        "params"
      ],
      "open": false
    },
    "ConsumptionCostType": {
      "properties": {
        "startValue": {
          "type": "number"
        },
        "cost": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CostType"
          },
          "minItems": 1,
          "maxItems": 3
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "startValue",
        "cost"
      ],
      "open": false
    },
    "CostDetailsType": {
      "properties": {
        "chargingPeriods": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingPeriodType"
          },
          "minItems": 1
        },
        "totalCost": {
          "type": "object",
          "ref": "TotalCostType"
        },
        "totalUsage": {
          "type": "object",
          "ref": "TotalUsageType"
        },
        "failureToCalculate": {
          "type": "boolean"
        },
        "failureReason": {
          "type": "string",
          "maxLength": 500
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "totalCost",
        "totalUsage"
      ],
      "open": false
    },
    "CostDimensionType": {
      "properties": {
        "type": {
          "type": "enum",
          "enum": "CostDimensionEnumType"
        },
        "volume": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "type",
        "volume"
      ],
      "open": false
    },
    "CostType": {
      "properties": {
        "costKind": {
          "type": "enum",
          "enum": "CostKindEnumType"
        },
        "amount": {
          "type": "integer"
        },
        "amountMultiplier": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "costKind",
        "amount"
      ],
      "open": false
    },
    "CustomDataType": {
      "properties": {
        "vendorId": {
          "type": "string",
          "maxLength": 255
        }
      },
      "required": [
        "vendorId"
      ],
      "open": true
    },
    "DCChargingParametersType": {
      "properties": {
        "evMaxCurrent": {
          "type": "number"
        },
        "evMaxVoltage": {
          "type": "number"
        },
        "evMaxPower": {
          "type": "number"
        },
        "evEnergyCapacity": {
          "type": "number"
        },
        "energyAmount": {
          "type": "number"
        },
        "stateOfCharge": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "fullSoC": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "bulkSoC": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evMaxCurrent",
        "evMaxVoltage"
      ],
      "open": false
    },
    "DERChargingParametersType": {
      "properties": {
        "evSupportedDERControl": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "DERControlEnumType"
          },
          "minItems": 1
        },
        "evOverExcitedMaxDischargePower": {
          "type": "number"
        },
        "evOverExcitedPowerFactor": {
          "type": "number"
        },
        "evUnderExcitedMaxDischargePower": {
          "type": "number"
        },
        "evUnderExcitedPowerFactor": {
          "type": "number"
        },
        "maxApparentPower": {
          "type": "number"
        },
        "maxChargeApparentPower": {
          "type": "number"
        },
        "maxChargeApparentPower_L2": {
          "type": "number"
        },
        "maxChargeApparentPower_L3": {
          "type": "number"
        },
        "maxDischargeApparentPower": {
          "type": "number"
        },
        "maxDischargeApparentPower_L2": {
          "type": "number"
        },
        "maxDischargeApparentPower_L3": {
          "type": "number"
        },
        "maxChargeReactivePower": {
          "type": "number"
        },
        "maxChargeReactivePower_L2": {
          "type": "number"
        },
        "maxChargeReactivePower_L3": {
          "type": "number"
        },
        "minChargeReactivePower": {
          "type": "number"
        },
        "minChargeReactivePower_L2": {
          "type": "number"
        },
        "minChargeReactivePower_L3": {
          "type": "number"
        },
        "maxDischargeReactivePower": {
          "type": "number"
        },
        "maxDischargeReactivePower_L2": {
          "type": "number"
        },
        "maxDischargeReactivePower_L3": {
          "type": "number"
        },
        "minDischargeReactivePower": {
          "type": "number"
        },
        "minDischargeReactivePower_L2": {
          "type": "number"
        },
        "minDischargeReactivePower_L3": {
          "type": "number"
        },
        "nominalVoltage": {
          "type": "number"
        },
        "nominalVoltageOffset": {
          "type": "number"
        },
        "maxNominalVoltage": {
          "type": "number"
        },
        "minNominalVoltage": {
          "type": "number"
        },
        "evInverterManufacturer": {
          "type": "string",
          "maxLength": 50
        },
        "evInverterModel": {
          "type": "string",
          "maxLength": 50
        },
        "evInverterSerialNumber": {
          "type": "string",
          "maxLength": 50
        },
        "evInverterSwVersion": {
          "type": "string",
          "maxLength": 50
        },
        "evInverterHwVersion": {
          "type": "string",
          "maxLength": 50
        },
        "evIslandingDetectionMethod": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "IslandingDetectionEnumType"
          },
          "minItems": 1
        },
        "evIslandingTripTime": {
          "type": "number"
        },
        "evMaximumLevel1DCInjection": {
          "type": "number"
        },
        "evDurationLevel1DCInjection": {
          "type": "number"
        },
        "evMaximumLevel2DCInjection": {
          "type": "number"
        },
        "evDurationLevel2DCInjection": {
          "type": "number"
        },
        "evReactiveSusceptance": {
          "type": "number"
        },
        "evSessionTotalDischargeEnergyAvailable": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "DERCurveGetType": {
      "properties": {
        "curve": {
          "type": "object",
          "ref": "DERCurveType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "curveType": {
          "type": "enum",
          "enum": "DERControlEnumType"
        },
        "isDefault": {
          "type": "boolean"
        },
        "isSuperseded": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "curveType",
        "isDefault",
        "isSuperseded",
        "curve"
      ],
      "open": false
    },
    "DERCurvePointsType": {
      "properties": {
        "x": {
          "type": "number"
        },
        "y": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "x",
        "y"
      ],
      "open": false
    },
    "DERCurveType": {
      "properties": {
        "curveData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "DERCurvePointsType"
          },
          "minItems": 1,
          "maxItems": 10
        },
        "hysteresis": {
          "type": "object",
          "ref": "HysteresisType"
        },
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "reactivePowerParams": {
          "type": "object",
          "ref": "ReactivePowerParamsType"
        },
        "voltageParams": {
          "type": "object",
          "ref": "VoltageParamsType"
        },
        "yUnit": {
          "type": "enum",
          "enum": "DERUnitEnumType"
        },
        "responseTime": {
          "type": "number"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "yUnit",
        "curveData"
      ],
      "open": false
    },
    "EVAbsolutePriceScheduleEntryType": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "evPriceRule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EVPriceRuleType"
          },
          "minItems": 1,
          "maxItems": 8
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "duration",
        "evPriceRule"
      ],
      "open": false
    },
    "EVAbsolutePriceScheduleType": {
      "properties": {
        "timeAnchor": {
          "type": "string",
          "format": "date-time"
        },
        "currency": {
          "type": "string",
          "maxLength": 3
        },
        "evAbsolutePriceScheduleEntries": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EVAbsolutePriceScheduleEntryType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "priceAlgorithm": {
          "type": "string",
          "maxLength": 2000
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timeAnchor",
        "currency",
        "priceAlgorithm",
        "evAbsolutePriceScheduleEntries"
      ],
      "open": false
    },
    "EVEnergyOfferType": {
      "properties": {
        "evAbsolutePriceSchedule": {
          "type": "object",
          "ref": "EVAbsolutePriceScheduleType"
        },
        "evPowerSchedule": {
          "type": "object",
          "ref": "EVPowerScheduleType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evPowerSchedule"
      ],
      "open": false
    },
    "EVPowerScheduleEntryType": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "power": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "duration",
        "power"
      ],
      "open": false
    },
    "EVPowerScheduleType": {
      "properties": {
        "evPowerScheduleEntries": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EVPowerScheduleEntryType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "timeAnchor": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timeAnchor",
        "evPowerScheduleEntries"
      ],
      "open": false
    },
    "EVPriceRuleType": {
      "properties": {
        "energyFee": {
          "type": "number"
        },
        "powerRangeStart": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "energyFee",
        "powerRangeStart"
      ],
      "open": false
    },
    "EVSEType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "connectorId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "EnterServiceGetType": {
      "properties": {
        "enterService": {
          "type": "object",
          "ref": "EnterServiceType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "enterService"
      ],
      "open": false
    },
    "EnterServiceType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "highVoltage": {
          "type": "number"
        },
        "lowVoltage": {
          "type": "number"
        },
        "highFreq": {
          "type": "number"
        },
        "lowFreq": {
          "type": "number"
        },
        "delay": {
          "type": "number"
        },
        "randomDelay": {
          "type": "number"
        },
        "rampRate": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "highVoltage",
        "lowVoltage",
        "highFreq",
        "lowFreq"
      ],
      "open": false
    },
    "EventDataType": {
      "properties": {
        "eventId": {
          "type": "integer",
          "minimum": 0
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "trigger": {
          "type": "enum",
          "enum": "EventTriggerEnumType"
        },
        "cause": {
          "type": "integer",
          "minimum": 0
        },
        "actualValue": {
          "type": "string",
          "maxLength": 2500
        },
        "techCode": {
          "type": "string",
          "maxLength": 50
        },
        "techInfo": {
          "type": "string",
          "maxLength": 500
        },
        "cleared": {
          "type": "boolean"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variableMonitoringId": {
          "type": "integer",
          "minimum": 0
        },
        "eventNotificationType": {
          "type": "enum",
          "enum": "EventNotificationEnumType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "severity": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "eventId",
        "timestamp",
        "trigger",
        "actualValue",
        "eventNotificationType",
        "component",
        "variable"
      ],
      "open": false
    },
    "FirmwareType": {
      "properties": {
        "location": {
          "type": "string",
          "maxLength": 2000
        },
        "retrieveDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "installDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "signingCertificate": {
          "type": "string",
          "maxLength": 5500
        },
        "signature": {
          "type": "string",
          "maxLength": 800
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "location",
        "retrieveDateTime"
      ],
      "open": false
    },
    "FixedPFGetType": {
      "properties": {
        "fixedPF": {
          "type": "object",
          "ref": "FixedPFType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "isDefault": {
          "type": "boolean"
        },
        "isSuperseded": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "isDefault",
        "isSuperseded",
        "fixedPF"
      ],
      "open": false
    },
    "FixedPFType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "displacement": {
          "type": "number"
        },
        "excitation": {
          "type": "boolean"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "displacement",
        "excitation"
      ],
      "open": false
    },
    "FixedVarGetType": {
      "properties": {
        "fixedVar": {
          "type": "object",
          "ref": "FixedVarType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "isDefault": {
          "type": "boolean"
        },
        "isSuperseded": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "isDefault",
        "isSuperseded",
        "fixedVar"
      ],
      "open": false
    },
    "FixedVarType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "setpoint": {
          "type": "number"
        },
        "unit": {
          "type": "enum",
          "enum": "DERUnitEnumType"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "setpoint",
        "unit"
      ],
      "open": false
    },
    "FreqDroopGetType": {
      "properties": {
        "freqDroop": {
          "type": "object",
          "ref": "FreqDroopType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "isDefault": {
          "type": "boolean"
        },
        "isSuperseded": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "isDefault",
        "isSuperseded",
        "freqDroop"
      ],
      "open": false
    },
    "FreqDroopType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "overFreq": {
          "type": "number"
        },
        "underFreq": {
          "type": "number"
        },
        "overDroop": {
          "type": "number"
        },
        "underDroop": {
          "type": "number"
        },
        "responseTime": {
          "type": "number"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "overFreq",
        "underFreq",
        "overDroop",
        "underDroop",
        "responseTime"
      ],
      "open": false
    },
    "GetVariableDataType": {
      "properties": {
        "attributeType": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "component",
        "variable"
      ],
      "open": false
    },
    "GetVariableResultType": {
      "properties": {
        "attributeStatus": {
          "type": "enum",
          "enum": "GetVariableStatusEnumType"
        },
        "attributeStatusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "attributeType": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "attributeValue": {
          "type": "string",
          "maxLength": 2500
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "attributeStatus",
        "component",
        "variable"
      ],
      "open": false
    },
    "GradientGetType": {
      "properties": {
        "gradient": {
          "type": "object",
          "ref": "GradientType"
        },
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "gradient"
      ],
      "open": false
    },
    "GradientType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "gradient": {
          "type": "number"
        },
        "softGradient": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority",
        "gradient",
        "softGradient"
      ],
      "open": false
    },
    "HysteresisType": {
      "properties": {
        "hysteresisHigh": {
          "type": "number"
        },
        "hysteresisLow": {
          "type": "number"
        },
        "hysteresisDelay": {
          "type": "number"
        },
        "hysteresisGradient": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "IdTokenInfoType": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "AuthorizationStatusEnumType"
        },
        "cacheExpiryDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "chargingPriority": {
          "type": "integer"
        },
        "groupIdToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "language1": {
          "type": "string",
          "maxLength": 8
        },
        "language2": {
          "type": "string",
          "maxLength": 8
        },
        "evseId": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0
          },
          "minItems": 1
        },
        "personalMessage": {
          "type": "object",
          "ref": "MessageContentType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "IdTokenType": {
      "properties": {
        "additionalInfo": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "AdditionalInfoType"
          },
          "minItems": 1
        },
        "idToken": {
          "type": "string",
          "maxLength": 255
        },
        "type": {
          "type": "string",
          "maxLength": 20
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "idToken",
        "type"
      ],
      "open": false
    },
    "LimitAtSoCType": {
      "properties": {
        "soc": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "limit": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "soc",
        "limit"
      ],
      "open": false
    },
    "LimitMaxDischargeGetType": {
      "properties": {
        "id": {
          "type": "string",
          "maxLength": 36
        },
        "isDefault": {
          "type": "boolean"
        },
        "isSuperseded": {
          "type": "boolean"
        },
        "limitMaxDischarge": {
          "type": "object",
          "ref": "LimitMaxDischargeType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "isDefault",
        "isSuperseded",
        "limitMaxDischarge"
      ],
      "open": false
    },
    "LimitMaxDischargeType": {
      "properties": {
        "priority": {
          "type": "integer",
          "minimum": 0
        },
        "pctMaxDischargePower": {
          "type": "number"
        },
        "powerMonitoringMustTrip": {
          "type": "object",
          "ref": "DERCurveType"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "duration": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priority"
      ],
      "open": false
    },
    "LogParametersType": {
      "properties": {
        "remoteLocation": {
          "type": "string",
          "maxLength": 2000
        },
        "oldestTimestamp": {
          "type": "string",
          "format": "date-time"
        },
        "latestTimestamp": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "remoteLocation"
      ],
      "open": false
    },
    "MessageContentType": {
      "properties": {
        "format": {
          "type": "enum",
          "enum": "MessageFormatEnumType"
        },
        "language": {
          "type": "string",
          "maxLength": 8
        },
        "content": {
          "type": "string",
          "maxLength": 1024
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "format",
        "content"
      ],
      "open": false
    },
    "MessageInfoType": {
      "properties": {
        "display": {
          "type": "object",
          "ref": "ComponentType"
        },
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "priority": {
          "type": "enum",
          "enum": "MessagePriorityEnumType"
        },
        "state": {
          "type": "enum",
          "enum": "MessageStateEnumType"
        },
        "startDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "endDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "message": {
          "type": "object",
          "ref": "MessageContentType"
        },
        "messageExtra": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MessageContentType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "priority",
        "message"
      ],
      "open": false
    },
    "MeterValueType": {
      "properties": {
        "sampledValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SampledValueType"
          },
          "minItems": 1
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timestamp",
        "sampledValue"
      ],
      "open": false
    },
    "ModemType": {
      "properties": {
        "iccid": {
          "type": "string",
          "maxLength": 20
        },
        "imsi": {
          "type": "string",
          "maxLength": 20
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "MonitoringDataType": {
      "properties": {
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "variableMonitoring": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "VariableMonitoringType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "component",
        "variable",
        "variableMonitoring"
      ],
      "open": false
    },
    "NetworkConnectionProfileType": {
      "properties": {
        "apn": {
          "type": "object",
          "ref": "APNType"
        },
        "ocppVersion": {
          "type": "enum",
          "enum": "OCPPVersionEnumType"
        },
        "ocppInterface": {
          "type": "enum",
          "enum": "OCPPInterfaceEnumType"
        },
        "ocppTransport": {
          "type": "enum",
          "enum": "OCPPTransportEnumType"
        },
        "messageTimeout": {
          "type": "integer"
        },
        "ocppCsmsUrl": {
          "type": "string",
          "maxLength": 2000
        },
        "securityProfile": {
          "type": "integer",
          "minimum": 0
        },
        "identity": {
          "type": "string",
          "maxLength": 48
        },
        "basicAuthPassword": {
          "type": "string",
          "maxLength": 64
        },
        "vpn": {
          "type": "object",
          "ref": "VPNType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "ocppInterface",
        "ocppTransport",
        "messageTimeout",
        "ocppCsmsUrl",
        "securityProfile"
      ],
      "open": false
    },
    "OCSPRequestDataType": {
      "properties": {
        "hashAlgorithm": {
          "type": "enum",
          "enum": "HashAlgorithmEnumType"
        },
        "issuerNameHash": {
          "type": "string",
          "maxLength": 128
        },
        "issuerKeyHash": {
          "type": "string",
          "maxLength": 128
        },
        "serialNumber": {
          "type": "string",
          "maxLength": 40
        },
        "responderURL": {
          "type": "string",
          "maxLength": 2000
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "hashAlgorithm",
        "issuerNameHash",
        "issuerKeyHash",
        "serialNumber",
        "responderURL"
      ],
      "open": false
    },
    "OverstayRuleListType": {
      "properties": {
        "overstayPowerThreshold": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "overstayRule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "OverstayRuleType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "overstayTimeThreshold": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "overstayRule"
      ],
      "open": false
    },
    "OverstayRuleType": {
      "properties": {
        "overstayFee": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "overstayRuleDescription": {
          "type": "string",
          "maxLength": 32
        },
        "startTime": {
          "type": "integer"
        },
        "overstayFeePeriod": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "startTime",
        "overstayFeePeriod",
        "overstayFee"
      ],
      "open": false
    },
    "PeriodicEventStreamParamsType": {
      "properties": {
        "interval": {
          "type": "integer",
          "minimum": 0
        },
        "values": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "PriceLevelScheduleEntryType": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "priceLevel": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "duration",
        "priceLevel"
      ],
      "open": false
    },
    "PriceLevelScheduleType": {
      "properties": {
        "priceLevelScheduleEntries": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "PriceLevelScheduleEntryType"
          },
          "minItems": 1,
          "maxItems": 100
        },
        "timeAnchor": {
          "type": "string",
          "format": "date-time"
        },
        "priceScheduleId": {
          "type": "integer",
          "minimum": 0
        },
        "priceScheduleDescription": {
          "type": "string",
          "maxLength": 32
        },
        "numberOfPriceLevels": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timeAnchor",
        "priceScheduleId",
        "numberOfPriceLevels",
        "priceLevelScheduleEntries"
      ],
      "open": false
    },
    "PriceRuleStackType": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "priceRule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "PriceRuleType"
          },
          "minItems": 1,
          "maxItems": 8
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "duration",
        "priceRule"
      ],
      "open": false
    },
    "PriceRuleType": {
      "properties": {
        "parkingFeePeriod": {
          "type": "integer"
        },
        "carbonDioxideEmission": {
          "type": "integer",
          "minimum": 0
        },
        "renewableGenerationPercentage": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "energyFee": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "parkingFee": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "powerRangeStart": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "energyFee",
        "powerRangeStart"
      ],
      "open": false
    },
    "PriceType": {
      "properties": {
        "exclTax": {
          "type": "number"
        },
        "inclTax": {
          "type": "number"
        },
        "taxRates": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TaxRateType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "RationalNumberType": {
      "properties": {
        "exponent": {
          "type": "integer"
        },
        "value": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "exponent",
        "value"
      ],
      "open": false
    },
    "ReactivePowerParamsType": {
      "properties": {
        "vRef": {
          "type": "number"
        },
        "autonomousVRefEnable": {
          "type": "boolean"
        },
        "autonomousVRefTimeConstant": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "RelativeTimeIntervalType": {
      "properties": {
        "start": {
          "type": "integer"
        },
        "duration": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "start"
      ],
      "open": false
    },
    "ReportDataType": {
      "properties": {
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "variableAttribute": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "VariableAttributeType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "variableCharacteristics": {
          "type": "object",
          "ref": "VariableCharacteristicsType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "component",
        "variable",
        "variableAttribute"
      ],
      "open": false
    },
    "SalesTariffEntryType": {
      "properties": {
        "relativeTimeInterval": {
          "type": "object",
          "ref": "RelativeTimeIntervalType"
        },
        "ePriceLevel": {
          "type": "integer",
          "minimum": 0
        },
        "consumptionCost": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ConsumptionCostType"
          },
          "minItems": 1,
          "maxItems": 3
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "relativeTimeInterval"
      ],
      "open": false
    },
    "SalesTariffType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "salesTariffDescription": {
          "type": "string",
          "maxLength": 32
        },
        "numEPriceLevels": {
          "type": "integer",
          "minimum": 0
        },
        "salesTariffEntry": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SalesTariffEntryType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "salesTariffEntry"
      ],
      "open": false
    },
    "SampledValueType": {
      "properties": {
        "value": {
          "type": "number"
        },
        "measurand": {
          "type": "enum",
          "enum": "MeasurandEnumType",
          "default": "Energy.Active.Import.Register"
        },
        "context": {
          "type": "enum",
          "enum": "ReadingContextEnumType",
          "default": "Sample.Periodic"
        },
        "phase": {
          "type": "enum",
          "enum": "PhaseEnumType"
        },
        "location": {
          "type": "enum",
          "enum": "LocationEnumType",
          "default": "Outlet"
        },
        "signedMeterValue": {
          "type": "object",
          "ref": "SignedMeterValueType"
        },
        "unitOfMeasure": {
          "type": "object",
          "ref": "UnitOfMeasureType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "value"
      ],
      "open": false
    },
    "SetMonitoringDataType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "periodicEventStream": {
          "type": "object",
          "ref": "PeriodicEventStreamParamsType"
        },
        "transaction": {
          "type": "boolean",
          "default": false
        },
        "value": {
          "type": "number"
        },
        "type": {
          "type": "enum",
          "enum": "MonitorEnumType"
        },
        "severity": {
          "type": "integer",
          "minimum": 0
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "value",
        "type",
        "severity",
        "component",
        "variable"
      ],
      "open": false
    },
    "SetMonitoringResultType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "status": {
          "type": "enum",
          "enum": "SetMonitoringStatusEnumType"
        },
        "type": {
          "type": "enum",
          "enum": "MonitorEnumType"
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "severity": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status",
        "type",
        "severity",
        "component",
        "variable"
      ],
      "open": false
    },
    "SetVariableDataType": {
      "properties": {
        "attributeType": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "attributeValue": {
          "type": "string",
          "maxLength": 2500
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "attributeValue",
        "component",
        "variable"
      ],
      "open": false
    },
    "SetVariableResultType": {
      "properties": {
        "attributeType": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "attributeStatus": {
          "type": "enum",
          "enum": "SetVariableStatusEnumType"
        },
        "attributeStatusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "attributeStatus",
        "component",
        "variable"
      ],
      "open": false
    },
    "SignedMeterValueType": {
      "properties": {
        "signedMeterData": {
          "type": "string",
          "maxLength": 32768
        },
        "signingMethod": {
          "type": "string",
          "maxLength": 50
        },
        "encodingMethod": {
          "type": "string",
          "maxLength": 50
        },
        "publicKey": {
          "type": "string",
          "maxLength": 2500
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "signedMeterData",
        "encodingMethod"
      ],
      "open": false
    },
    "StatusInfoType": {
      "properties": {
        "reasonCode": {
          "type": "string",
          "maxLength": 20
        },
        "additionalInfo": {
          "type": "string",
          "maxLength": 1024
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "reasonCode"
      ],
      "open": false
    },
    "StreamDataElementType": {
      "properties": {
        "t": {
          "type": "number"
        },
        "v": {
          "type": "string",
          "maxLength": 2500
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "t",
        "v"
      ],
      "open": false
    },
    "TariffAssignmentType": {
      "properties": {
        "tariffId": {
          "type": "string",
          "maxLength": 60
        },
        "tariffKind": {
          "type": "enum",
          "enum": "TariffKindEnumType"
        },
        "validFrom": {
          "type": "string",
          "format": "date-time"
        },
        "evseIds": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0
          },
          "minItems": 1
        },
        "idTokens": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 255
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "tariffId",
        "tariffKind"
      ],
      "open": false
    },
    "TariffConditionsFixedType": {
      "properties": {
        "startTimeOfDay": {
          "type": "string"
        },
        "endTimeOfDay": {
          "type": "string"
        },
        "dayOfWeek": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "DayOfWeekEnumType"
          },
          "minItems": 1,
          "maxItems": 7
        },
        "validFromDate": {
          "type": "string"
        },
        "validToDate": {
          "type": "string"
        },
        "evseKind": {
          "type": "enum",
          "enum": "EvseKindEnumType"
        },
        "paymentBrand": {
          "type": "string",
          "maxLength": 20
        },
        "paymentRecognition": {
          "type": "string",
          "maxLength": 20
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TariffConditionsType": {
      "properties": {
        "startTimeOfDay": {
          "type": "string"
        },
        "endTimeOfDay": {
          "type": "string"
        },
        "dayOfWeek": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "DayOfWeekEnumType"
          },
          "minItems": 1,
          "maxItems": 7
        },
        "validFromDate": {
          "type": "string"
        },
        "validToDate": {
          "type": "string"
        },
        "evseKind": {
          "type": "enum",
          "enum": "EvseKindEnumType"
        },
        "minEnergy": {
          "type": "number"
        },
        "maxEnergy": {
          "type": "number"
        },
        "minCurrent": {
          "type": "number"
        },
        "maxCurrent": {
          "type": "number"
        },
        "minPower": {
          "type": "number"
        },
        "maxPower": {
          "type": "number"
        },
        "minTime": {
          "type": "integer"
        },
        "maxTime": {
          "type": "integer"
        },
        "minChargingTime": {
          "type": "integer"
        },
        "maxChargingTime": {
          "type": "integer"
        },
        "minIdleTime": {
          "type": "integer"
        },
        "maxIdleTime": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TariffEnergyPriceType": {
      "properties": {
        "priceKwh": {
          "type": "number"
        },
        "conditions": {
          "type": "object",
          "ref": "TariffConditionsType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priceKwh"
      ],
      "open": false
    },
    "TariffEnergyType": {
      "properties": {
        "prices": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TariffEnergyPriceType"
          },
          "minItems": 1
        },
        "taxRates": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TaxRateType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "prices"
      ],
      "open": false
    },
    "TariffFixedPriceType": {
      "properties": {
        "conditions": {
          "type": "object",
          "ref": "TariffConditionsFixedType"
        },
        "priceFixed": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priceFixed"
      ],
      "open": false
    },
    "TariffFixedType": {
      "properties": {
        "prices": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TariffFixedPriceType"
          },
          "minItems": 1
        },
        "taxRates": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TaxRateType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "prices"
      ],
      "open": false
    },
    "TariffTimePriceType": {
      "properties": {
        "priceMinute": {
          "type": "number"
        },
        "conditions": {
          "type": "object",
          "ref": "TariffConditionsType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "priceMinute"
      ],
      "open": false
    },
    "TariffTimeType": {
      "properties": {
        "prices": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TariffTimePriceType"
          },
          "minItems": 1
        },
        "taxRates": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TaxRateType"
          },
          "minItems": 1,
          "maxItems": 5
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "prices"
      ],
      "open": false
    },
    "TariffType": {
      "properties": {
        "tariffId": {
          "type": "string",
          "maxLength": 60
        },
        "description": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MessageContentType"
          },
          "minItems": 1,
          "maxItems": 10
        },
        "currency": {
          "type": "string",
          "maxLength": 3
        },
        "energy": {
          "type": "object",
          "ref": "TariffEnergyType"
        },
        "validFrom": {
          "type": "string",
          "format": "date-time"
        },
        "chargingTime": {
          "type": "object",
          "ref": "TariffTimeType"
        },
        "idleTime": {
          "type": "object",
          "ref": "TariffTimeType"
        },
        "fixedFee": {
          "type": "object",
          "ref": "TariffFixedType"
        },
        "reservationTime": {
          "type": "object",
          "ref": "TariffTimeType"
        },
        "reservationFixed": {
          "type": "object",
          "ref": "TariffFixedType"
        },
        "minCost": {
          "type": "object",
          "ref": "PriceType"
        },
        "maxCost": {
          "type": "object",
          "ref": "PriceType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "tariffId",
        "currency"
      ],
      "open": false
    },
    "TaxRateType": {
      "properties": {
        "type": {
          "type": "string",
          "maxLength": 20
        },
        "tax": {
          "type": "number"
        },
        "stack": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "type",
        "tax"
      ],
      "open": false
    },
    "TaxRuleType": {
      "properties": {
        "taxRuleID": {
          "type": "integer",
          "minimum": 0
        },
        "taxRuleName": {
          "type": "string",
          "maxLength": 100
        },
        "taxIncludedInPrice": {
          "type": "boolean"
        },
        "appliesToEnergyFee": {
          "type": "boolean"
        },
        "appliesToParkingFee": {
          "type": "boolean"
        },
        "appliesToOverstayFee": {
          "type": "boolean"
        },
        "appliesToMinimumMaximumCost": {
          "type": "boolean"
        },
        "taxRate": {
          "type": "object",
          "ref": "RationalNumberType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "taxRuleID",
        "appliesToEnergyFee",
        "appliesToParkingFee",
        "appliesToOverstayFee",
        "appliesToMinimumMaximumCost",
        "taxRate"
      ],
      "open": false
    },
    "TotalCostType": {
      "properties": {
        "currency": {
          "type": "string",
          "maxLength": 3
        },
        "typeOfCost": {
          "type": "enum",
          "enum": "TariffCostEnumType"
        },
        "fixed": {
          "type": "object",
          "ref": "PriceType"
        },
        "energy": {
          "type": "object",
          "ref": "PriceType"
        },
        "chargingTime": {
          "type": "object",
          "ref": "PriceType"
        },
        "idleTime": {
          "type": "object",
          "ref": "PriceType"
        },
        "reservationTime": {
          "type": "object",
          "ref": "PriceType"
        },
        "reservationFixed": {
          "type": "object",
          "ref": "PriceType"
        },
        "total": {
          "type": "object",
          "ref": "TotalPriceType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "currency",
        "typeOfCost",
        "total"
      ],
      "open": false
    },
    "TotalPriceType": {
      "properties": {
        "exclTax": {
          "type": "number"
        },
        "inclTax": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TotalUsageType": {
      "properties": {
        "energy": {
          "type": "number"
        },
        "chargingTime": {
          "type": "integer"
        },
        "idleTime": {
          "type": "integer"
        },
        "reservationTime": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "energy",
        "chargingTime",
        "idleTime"
      ],
      "open": false
    },
    "TransactionLimitType": {
      "properties": {
        "maxCost": {
          "type": "number"
        },
        "maxEnergy": {
          "type": "number"
        },
        "maxTime": {
          "type": "integer"
        },
        "maxSoC": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TransactionType": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "chargingState": {
          "type": "enum",
          "enum": "ChargingStateEnumType"
        },
        "timeSpentCharging": {
          "type": "integer"
        },
        "stoppedReason": {
          "type": "enum",
          "enum": "ReasonEnumType"
        },
        "remoteStartId": {
          "type": "integer"
        },
        "operationMode": {
          "type": "enum",
          "enum": "OperationModeEnumType"
        },
        "tariffId": {
          "type": "string",
          "maxLength": 60
        },
        "transactionLimit": {
          "type": "object",
          "ref": "TransactionLimitType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId"
      ],
      "open": false
    },
    "UnitOfMeasureType": {
      "properties": {
        "unit": {
          "type": "string",
          "maxLength": 20,
          "default": "Wh"
        },
        "multiplier": {
          "type": "integer",
          "default": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "V2XChargingParametersType": {
      "properties": {
        "minChargePower": {
          "type": "number"
        },
        "minChargePower_L2": {
          "type": "number"
        },
        "minChargePower_L3": {
          "type": "number"
        },
        "maxChargePower": {
          "type": "number"
        },
        "maxChargePower_L2": {
          "type": "number"
        },
        "maxChargePower_L3": {
          "type": "number"
        },
        "minDischargePower": {
          "type": "number"
        },
        "minDischargePower_L2": {
          "type": "number"
        },
        "minDischargePower_L3": {
          "type": "number"
        },
        "maxDischargePower": {
          "type": "number"
        },
        "maxDischargePower_L2": {
          "type": "number"
        },
        "maxDischargePower_L3": {
          "type": "number"
        },
        "minChargeCurrent": {
          "type": "number"
        },
        "maxChargeCurrent": {
          "type": "number"
        },
        "minDischargeCurrent": {
          "type": "number"
        },
        "maxDischargeCurrent": {
          "type": "number"
        },
        "minVoltage": {
          "type": "number"
        },
        "maxVoltage": {
          "type": "number"
        },
        "evTargetEnergyRequest": {
          "type": "number"
        },
        "evMinEnergyRequest": {
          "type": "number"
        },
        "evMaxEnergyRequest": {
          "type": "number"
        },
        "evMinV2XEnergyRequest": {
          "type": "number"
        },
        "evMaxV2XEnergyRequest": {
          "type": "number"
        },
        "targetSoC": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "V2XFreqWattPointType": {
      "properties": {
        "frequency": {
          "type": "number"
        },
        "power": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "frequency",
        "power"
      ],
      "open": false
    },
    "V2XSignalWattPointType": {
      "properties": {
        "signal": {
          "type": "integer"
        },
        "power": {
          "type": "number"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "signal",
        "power"
      ],
      "open": false
    },
    "VPNType": {
      "properties": {
        "server": {
          "type": "string",
          "maxLength": 2000
        },
        "user": {
          "type": "string",
          "maxLength": 50
        },
        "group": {
          "type": "string",
          "maxLength": 50
        },
        "password": {
          "type": "string",
          "maxLength": 64
        },
        "key": {
          "type": "string",
          "maxLength": 255
        },
        "type": {
          "type": "enum",
          "enum": "VPNEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "server",
        "user",
        "password",
        "key",
        "type"
      ],
      "open": false
    },
    "VariableAttributeType": {
      "properties": {
        "type": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "value": {
          "type": "string",
          "maxLength": 2500
        },
        "mutability": {
          "type": "enum",
          "enum": "MutabilityEnumType",
          "default": "ReadWrite"
        },
        "persistent": {
          "type": "boolean",
          "default": false
        },
        "constant": {
          "type": "boolean",
          "default": false
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "VariableCharacteristicsType": {
      "properties": {
        "unit": {
          "type": "string",
          "maxLength": 16
        },
        "dataType": {
          "type": "enum",
          "enum": "DataEnumType"
        },
        "minLimit": {
          "type": "number"
        },
        "maxLimit": {
          "type": "number"
        },
        "maxElements": {
          "type": "integer",
          "minimum": 1
        },
        "valuesList": {
          "type": "string",
          "maxLength": 1000
        },
        "supportsMonitoring": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "dataType",
        "supportsMonitoring"
      ],
      "open": false
    },
    "VariableMonitoringType": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "transaction": {
          "type": "boolean"
        },
        "value": {
          "type": "number"
        },
        "type": {
          "type": "enum",
          "enum": "MonitorEnumType"
        },
        "severity": {
          "type": "integer",
          "minimum": 0
        },
        "eventNotificationType": {
          "type": "enum",
          "enum": "EventNotificationEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "transaction",
        "value",
        "type",
        "severity",
        "eventNotificationType"
      ],
      "open": false
    },
    "VariableType": {
      "properties": {
        "name": {
          "type": "string",
          "maxLength": 50
        },
        "instance": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "name"
      ],
      "open": false
    },
    "VoltageParamsType": {
      "properties": {
        "hv10MinMeanValue": {
          "type": "number"
        },
        "hv10MinMeanTripDelay": {
          "type": "number"
        },
        "powerDuringCessation": {
          "type": "enum",
          "enum": "PowerDuringCessationEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    }
  },
  "messages": {
    "AFRRSignalRequest": {
      "properties": {
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "signal": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timestamp",
        "signal"
      ],
      "open": false
    },
    "AFRRSignalResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "AdjustPeriodicEventStreamRequest": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "params": {
          "type": "object",
          "ref": "PeriodicEventStreamParamsType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "params"
      ],
      "open": false
    },
    "AdjustPeriodicEventStreamResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "AuthorizeRequest": {
      "properties": {
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "certificate": {
          "type": "string",
          "maxLength": 10000
        },
        "iso15118CertificateHashData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "OCSPRequestDataType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "idToken"
      ],
      "open": false
    },
    "AuthorizeResponse": {
      "properties": {
        "idTokenInfo": {
          "type": "object",
          "ref": "IdTokenInfoType"
        },
        "certificateStatus": {
          "type": "enum",
          "enum": "AuthorizeCertificateStatusEnumType"
        },
        "allowedEnergyTransfer": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "EnergyTransferModeEnumType"
          },
          "minItems": 1
        },
        "tariff": {
          "type": "object",
          "ref": "TariffType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "idTokenInfo"
      ],
      "open": false
    },
    "BatterySwapRequest": {
      "properties": {
        "batteryData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "BatteryDataType"
          },
          "minItems": 1
        },
        "eventType": {
          "type": "enum",
          "enum": "BatterySwapEventEnumType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "requestId": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "eventType",
        "requestId",
        "idToken",
        "batteryData"
      ],
      "open": false
    },
    "BatterySwapResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "BootNotificationRequest": {
      "properties": {
        "chargingStation": {
          "type": "object",
          "ref": "ChargingStationType"
        },
        "reason": {
          "type": "enum",
          "enum": "BootReasonEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "reason",
        "chargingStation"
      ],
      "open": false
    },
    "BootNotificationResponse": {
      "properties": {
        "currentTime": {
          "type": "string",
          "format": "date-time"
        },
        "interval": {
          "type": "integer"
        },
        "status": {
          "type": "enum",
          "enum": "RegistrationStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "currentTime",
        "interval",
        "status"
      ],
      "open": false
    },
    "CancelReservationRequest": {
      "properties": {
        "reservationId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "reservationId"
      ],
      "open": false
    },
    "CancelReservationResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "CancelReservationStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "CertificateSignedRequest": {
      "properties": {
        "certificateChain": {
          "type": "string",
          "maxLength": 10000
        },
        "certificateType": {
          "type": "enum",
          "enum": "CertificateSigningUseEnumType"
        },
        "requestId": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateChain"
      ],
      "open": false
    },
    "CertificateSignedResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "CertificateSignedStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ChangeAvailabilityRequest": {
      "properties": {
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "operationalStatus": {
          "type": "enum",
          "enum": "OperationalStatusEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "operationalStatus"
      ],
      "open": false
    },
    "ChangeAvailabilityResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ChangeAvailabilityStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ChangeTransactionTariffRequest": {
      "properties": {
        "tariff": {
          "type": "object",
          "ref": "TariffType"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId",
        "tariff"
      ],
      "open": false
    },
    "ChangeTransactionTariffResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "TariffChangeStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearCacheRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ClearCacheResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearCacheStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearChargingProfileRequest": {
      "properties": {
        "chargingProfileId": {
          "type": "integer"
        },
        "chargingProfileCriteria": {
          "type": "object",
          "ref": "ClearChargingProfileType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ClearChargingProfileResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearDERControlRequest": {
      "properties": {
        "isDefault": {
          "type": "boolean"
        },
        "controlType": {
          "type": "enum",
          "enum": "DERControlEnumType"
        },
        "controlId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "isDefault"
      ],
      "open": false
    },
    "ClearDERControlResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DERControlStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearDisplayMessageRequest": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "ClearDisplayMessageResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearTariffsRequest": {
      "properties": {
        "tariffIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 60
          },
          "minItems": 1
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ClearTariffsResponse": {
      "properties": {
        "clearTariffsResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ClearTariffsResultType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "clearTariffsResult"
      ],
      "open": false
    },
    "ClearVariableMonitoringRequest": {
      "properties": {
        "id": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "ClearVariableMonitoringResponse": {
      "properties": {
        "clearMonitoringResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ClearMonitoringResultType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "clearMonitoringResult"
      ],
      "open": false
    },
    "ClearedChargingLimitRequest": {
      "properties": {
        "chargingLimitSource": {
          "type": "string",
          "maxLength": 20
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "chargingLimitSource"
      ],
      "open": false
    },
    "ClearedChargingLimitResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ClosePeriodicEventStreamRequest": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "ClosePeriodicEventStreamResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "CostUpdatedRequest": {
      "properties": {
        "totalCost": {
          "type": "number"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "totalCost",
        "transactionId"
      ],
      "open": false
    },
    "CostUpdatedResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "CustomerInformationRequest": {
      "properties": {
        "customerCertificate": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "requestId": {
          "type": "integer",
          "minimum": 0
        },
        "report": {
          "type": "boolean"
        },
        "clear": {
          "type": "boolean"
        },
        "customerIdentifier": {
          "type": "string",
          "maxLength": 64
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "report",
        "clear"
      ],
      "open": false
    },
    "CustomerInformationResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "CustomerInformationStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DataTransferRequest": {
      "properties": {
        "messageId": {
          "type": "string",
          "maxLength": 50
        },
        "data": {
          "type": "any"
        },
        "vendorId": {
          "type": "string",
          "maxLength": 255
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "vendorId"
      ],
      "open": false
    },
    "DataTransferResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DataTransferStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "data": {
          "type": "any"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DeleteCertificateRequest": {
      "properties": {
        "certificateHashData": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateHashData"
      ],
      "open": false
    },
    "DeleteCertificateResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DeleteCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "FirmwareStatusNotificationRequest": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "FirmwareStatusEnumType"
        },
        "requestId": {
          "type": "integer"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "FirmwareStatusNotificationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "Get15118EVCertificateRequest": {
      "properties": {
        "iso15118SchemaVersion": {
          "type": "string",
          "maxLength": 50
        },
        "action": {
          "type": "enum",
          "enum": "CertificateActionEnumType"
        },
        "exiRequest": {
          "type": "string",
          "maxLength": 11000
        },
        "maximumContractCertificateChains": {
          "type": "integer",
          "minimum": 0
        },
        "prioritizedEMAIDs": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 255
          },
          "minItems": 1,
          "maxItems": 8
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "iso15118SchemaVersion",
        "action",
        "exiRequest"
      ],
      "open": false
    },
    "Get15118EVCertificateResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "Iso15118EVCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "exiResponse": {
          "type": "string",
          "maxLength": 17000
        },
        "remainingContracts": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status",
        "exiResponse"
      ],
      "open": false
    },
    "GetBaseReportRequest": {
      "properties": {
        "requestId": {
          "type": "integer"
        },
        "reportBase": {
          "type": "enum",
          "enum": "ReportBaseEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "reportBase"
      ],
      "open": false
    },
    "GetBaseReportResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetCertificateChainStatusRequest": {
      "properties": {
        "certificateStatusRequests": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CertificateStatusRequestInfoType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateStatusRequests"
      ],
      "open": false
    },
    "GetCertificateChainStatusResponse": {
      "properties": {
        "certificateStatus": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CertificateStatusType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateStatus"
      ],
      "open": false
    },
    "GetCertificateStatusRequest": {
      "properties": {
        "ocspRequestData": {
          "type": "object",
          "ref": "OCSPRequestDataType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "ocspRequestData"
      ],
      "open": false
    },
    "GetCertificateStatusResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GetCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "ocspResult": {
          "type": "string",
          "maxLength": 18000
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetChargingProfilesRequest": {
      "properties": {
        "requestId": {
          "type": "integer"
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfileCriterionType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "chargingProfile"
      ],
      "open": false
    },
    "GetChargingProfilesResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GetChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetCompositeScheduleRequest": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitEnumType"
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "duration",
        "evseId"
      ],
      "open": false
    },
    "GetCompositeScheduleResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "schedule": {
          "type": "object",
          "ref": "CompositeScheduleType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetDERControlRequest": {
      "properties": {
        "requestId": {
          "type": "integer"
        },
        "isDefault": {
          "type": "boolean"
        },
        "controlType": {
          "type": "enum",
          "enum": "DERControlEnumType"
        },
        "controlId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetDERControlResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DERControlStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetDisplayMessagesRequest": {
      "properties": {
        "id": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
        },
        "priority": {
          "type": "enum",
          "enum": "MessagePriorityEnumType"
        },
        "state": {
          "type": "enum",
          "enum": "MessageStateEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetDisplayMessagesResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GetDisplayMessagesStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetInstalledCertificateIdsRequest": {
      "properties": {
        "certificateType": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "GetCertificateIdUseEnumType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "GetInstalledCertificateIdsResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GetInstalledCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "certificateHashDataChain": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CertificateHashDataChainType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetLocalListVersionRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "GetLocalListVersionResponse": {
      "properties": {
        "versionNumber": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "versionNumber"
      ],
      "open": false
    },
    "GetLogRequest": {
      "properties": {
        "log": {
          "type": "object",
          "ref": "LogParametersType"
        },
        "logType": {
          "type": "enum",
          "enum": "LogEnumType"
        },
        "requestId": {
          "type": "integer"
        },
        "retries": {
          "type": "integer",
          "minimum": 0
        },
        "retryInterval": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "logType",
        "requestId",
        "log"
      ],
      "open": false
    },
    "GetLogResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "LogStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "filename": {
          "type": "string",
          "maxLength": 255
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetMonitoringReportRequest": {
      "properties": {
        "componentVariable": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ComponentVariableType"
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
        },
        "monitoringCriteria": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "MonitoringCriterionEnumType"
          },
          "minItems": 1,
          "maxItems": 3
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetMonitoringReportResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetPeriodicEventStreamRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "GetPeriodicEventStreamResponse": {
      "properties": {
        "constantStreamData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ConstantStreamDataType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "GetReportRequest": {
      "properties": {
        "componentVariable": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ComponentVariableType"
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
        },
        "componentCriteria": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "ComponentCriterionEnumType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetReportResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetTariffsRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId"
      ],
      "open": false
    },
    "GetTariffsResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "TariffGetStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "tariffAssignments": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "TariffAssignmentType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetTransactionStatusRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "GetTransactionStatusResponse": {
      "properties": {
        "ongoingIndicator": {
          "type": "boolean"
        },
        "messagesInQueue": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "messagesInQueue"
      ],
      "open": false
    },
    "GetVariablesRequest": {
      "properties": {
        "getVariableData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "GetVariableDataType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "getVariableData"
      ],
      "open": false
    },
    "GetVariablesResponse": {
      "properties": {
        "getVariableResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "GetVariableResultType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "getVariableResult"
      ],
      "open": false
    },
    "HeartbeatRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "HeartbeatResponse": {
      "properties": {
        "currentTime": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "currentTime"
      ],
      "open": false
    },
    "InstallCertificateRequest": {
      "properties": {
        "certificateType": {
          "type": "enum",
          "enum": "InstallCertificateUseEnumType"
        },
        "certificate": {
          "type": "string",
          "maxLength": 10000
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "certificateType",
        "certificate"
      ],
      "open": false
    },
    "InstallCertificateResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "InstallCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "LogStatusNotificationRequest": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UploadLogStatusEnumType"
        },
        "requestId": {
          "type": "integer"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "LogStatusNotificationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "MeterValuesRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "meterValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MeterValueType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "meterValue"
      ],
      "open": false
    },
    "MeterValuesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyAllowedEnergyTransferRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "allowedEnergyTransfer": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "EnergyTransferModeEnumType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId",
        "allowedEnergyTransfer"
      ],
      "open": false
    },
    "NotifyAllowedEnergyTransferResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "NotifyAllowedEnergyTransferStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "NotifyChargingLimitRequest": {
      "properties": {
        "chargingSchedule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingScheduleType"
          },
          "minItems": 1
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "chargingLimit": {
          "type": "object",
          "ref": "ChargingLimitType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "chargingLimit"
      ],
      "open": false
    },
    "NotifyChargingLimitResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyCustomerInformationRequest": {
      "properties": {
        "data": {
          "type": "string",
          "maxLength": 512
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer",
          "minimum": 0
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "requestId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "data",
        "seqNo",
        "generatedAt",
        "requestId"
      ],
      "open": false
    },
    "NotifyCustomerInformationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyDERAlarmRequest": {
      "properties": {
        "controlType": {
          "type": "enum",
          "enum": "DERControlEnumType"
        },
        "gridEventFault": {
          "type": "enum",
          "enum": "GridEventFaultEnumType"
        },
        "alarmEnded": {
          "type": "boolean"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "extraInfo": {
          "type": "string",
          "maxLength": 200
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "controlType",
        "timestamp"
      ],
      "open": false
    },
    "NotifyDERAlarmResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyDERStartStopRequest": {
      "properties": {
        "controlId": {
          "type": "string",
          "maxLength": 36
        },
        "started": {
          "type": "boolean"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "supersededIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 36
          },
          "minItems": 1,
          "maxItems": 24
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "controlId",
        "started",
        "timestamp"
      ],
      "open": false
    },
    "NotifyDERStartStopResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyDisplayMessagesRequest": {
      "properties": {
        "messageInfo": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MessageInfoType"
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "NotifyDisplayMessagesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyEVChargingNeedsRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 1
        },
        "maxScheduleTuples": {
          "type": "integer",
          "minimum": 0
        },
        "chargingNeeds": {
          "type": "object",
          "ref": "ChargingNeedsType"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "chargingNeeds"
      ],
      "open": false
    },
    "NotifyEVChargingNeedsResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "NotifyEVChargingNeedsStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "NotifyEVChargingScheduleRequest": {
      "properties": {
        "timeBase": {
          "type": "string",
          "format": "date-time"
        },
        "chargingSchedule": {
          "type": "object",
          "ref": "ChargingScheduleType"
        },
        "evseId": {
          "type": "integer",
          "minimum": 1
        },
        "selectedChargingScheduleId": {
          "type": "integer",
          "minimum": 0
        },
        "powerToleranceAcceptance": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timeBase",
        "evseId",
        "chargingSchedule"
      ],
      "open": false
    },
    "NotifyEVChargingScheduleResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "NotifyEventRequest": {
      "properties": {
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer",
          "minimum": 0
        },
        "eventData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EventDataType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "generatedAt",
        "seqNo",
        "eventData"
      ],
      "open": false
    },
    "NotifyEventResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyMonitoringReportRequest": {
      "properties": {
        "monitor": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MonitoringDataType"
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer",
          "minimum": 0
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "seqNo",
        "generatedAt"
      ],
      "open": false
    },
    "NotifyMonitoringReportResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyPeriodicEventStreamRequest": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "StreamDataElementType"
          },
          "minItems": 1
        },
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "pending": {
          "type": "integer",
          "minimum": 0
        },
        "basetime": {
          "type": "string",
          "format": "date-time"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "pending",
        "basetime",
        "data"
      ],
      "open": false
    },
    "NotifyPriorityChargingRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "activated": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId",
        "activated"
      ],
      "open": false
    },
    "NotifyPriorityChargingResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyReportRequest": {
      "properties": {
        "requestId": {
          "type": "integer"
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "reportData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ReportDataType"
          },
          "minItems": 1
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "generatedAt",
        "seqNo"
      ],
      "open": false
    },
    "NotifyReportResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifySettlementRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "pspRef": {
          "type": "string",
          "maxLength": 255
        },
        "status": {
          "type": "enum",
          "enum": "PaymentStatusEnumType"
        },
        "statusInfo": {
          "type": "string",
          "maxLength": 500
        },
        "settlementAmount": {
          "type": "number"
        },
        "settlementTime": {
          "type": "string",
          "format": "date-time"
        },
        "receiptId": {
          "type": "string",
          "maxLength": 50
        },
        "receiptUrl": {
          "type": "string",
          "maxLength": 2000
        },
        "vatCompany": {
          "type": "object",
          "ref": "AddressType"
        },
        "vatNumber": {
          "type": "string",
          "maxLength": 20
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "pspRef",
        "status",
        "settlementAmount",
        "settlementTime"
      ],
      "open": false
    },
    "NotifySettlementResponse": {
      "properties": {
        "receiptUrl": {
          "type": "string",
          "maxLength": 2000
        },
        "receiptId": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "NotifyWebPaymentStartedRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "timeout": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "timeout"
      ],
      "open": false
    },
    "NotifyWebPaymentStartedResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "OpenPeriodicEventStreamRequest": {
      "properties": {
        "constantStreamData": {
          "type": "object",
          "ref": "ConstantStreamDataType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "constantStreamData"
      ],
      "open": false
    },
    "OpenPeriodicEventStreamResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "PublishFirmwareRequest": {
      "properties": {
        "location": {
          "type": "string",
          "maxLength": 2000
        },
        "retries": {
          "type": "integer",
          "minimum": 0
        },
        "checksum": {
          "type": "string",
          "maxLength": 32
        },
        "requestId": {
          "type": "integer",
          "minimum": 0
        },
        "retryInterval": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "location",
        "checksum",
        "requestId"
      ],
      "open": false
    },
    "PublishFirmwareResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "PublishFirmwareStatusNotificationRequest": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "PublishFirmwareStatusEnumType"
        },
        "location": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 2000
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer",
          "minimum": 0
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "PublishFirmwareStatusNotificationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "PullDynamicScheduleUpdateRequest": {
      "properties": {
        "chargingProfileId": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "chargingProfileId"
      ],
      "open": false
    },
    "PullDynamicScheduleUpdateResponse": {
      "properties": {
        "scheduleUpdate": {
          "type": "object",
          "ref": "ChargingScheduleUpdateType"
        },
        "status": {
          "type": "enum",
          "enum": "ChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ReportChargingProfilesRequest": {
      "properties": {
        "requestId": {
          "type": "integer"
        },
        "chargingLimitSource": {
          "type": "string",
          "maxLength": 20
        },
        "chargingProfile": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingProfileType"
          },
          "minItems": 1
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "chargingLimitSource",
        "evseId",
        "chargingProfile"
      ],
      "open": false
    },
    "ReportChargingProfilesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ReportDERControlRequest": {
      "properties": {
        "curve": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "DERCurveGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "enterService": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EnterServiceGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "fixedPFAbsorb": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "FixedPFGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "fixedPFInject": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "FixedPFGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "fixedVar": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "FixedVarGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "freqDroop": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "FreqDroopGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "gradient": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "GradientGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "limitMaxDischarge": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "LimitMaxDischargeGetType"
          },
          "minItems": 1,
          "maxItems": 24
        },
        "requestId": {
          "type": "integer"
        },
        "tbc": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "ReportDERControlResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "RequestBatterySwapRequest": {
      "properties": {
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "requestId": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "idToken"
      ],
      "open": false
    },
    "RequestBatterySwapResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "RequestStartTransactionRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 1
        },
        "groupIdToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "remoteStartId": {
          "type": "integer"
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfileType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "remoteStartId",
        "idToken"
      ],
      "open": false
    },
    "RequestStartTransactionResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "RequestStartStopStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "RequestStopTransactionRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId"
      ],
      "open": false
    },
    "RequestStopTransactionResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "RequestStartStopStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ReservationStatusUpdateRequest": {
      "properties": {
        "reservationId": {
          "type": "integer",
          "minimum": 0
        },
        "reservationUpdateStatus": {
          "type": "enum",
          "enum": "ReservationUpdateStatusEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "reservationId",
        "reservationUpdateStatus"
      ],
      "open": false
    },
    "ReservationStatusUpdateResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "ReserveNowRequest": {
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 0
        },
        "expiryDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "connectorType": {
          "type": "string",
          "maxLength": 20
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "groupIdToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "id",
        "expiryDateTime",
        "idToken"
      ],
      "open": false
    },
    "ReserveNowResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ReserveNowStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ResetRequest": {
      "properties": {
        "type": {
          "type": "enum",
          "enum": "ResetEnumType"
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "type"
      ],
      "open": false
    },
    "ResetResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ResetStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SecurityEventNotificationRequest": {
      "properties": {
        "type": {
          "type": "string",
          "maxLength": 50
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "techInfo": {
          "type": "string",
          "maxLength": 255
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "type",
        "timestamp"
      ],
      "open": false
    },
    "SecurityEventNotificationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "SendLocalListRequest": {
      "properties": {
        "localAuthorizationList": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "AuthorizationData"
          },
          "minItems": 1
        },
        "versionNumber": {
          "type": "integer"
        },
        "updateType": {
          "type": "enum",
          "enum": "UpdateEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "versionNumber",
        "updateType"
      ],
      "open": false
    },
    "SendLocalListResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "SendLocalListStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetChargingProfileRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfileType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "chargingProfile"
      ],
      "open": false
    },
    "SetChargingProfileResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetDERControlRequest": {
      "properties": {
        "isDefault": {
          "type": "boolean"
        },
        "controlId": {
          "type": "string",
          "maxLength": 36
        },
        "controlType": {
          "type": "enum",
          "enum": "DERControlEnumType"
        },
        "curve": {
          "type": "object",
          "ref": "DERCurveType"
        },
        "enterService": {
          "type": "object",
          "ref": "EnterServiceType"
        },
        "fixedPFAbsorb": {
          "type": "object",
          "ref": "FixedPFType"
        },
        "fixedPFInject": {
          "type": "object",
          "ref": "FixedPFType"
        },
        "fixedVar": {
          "type": "object",
          "ref": "FixedVarType"
        },
        "freqDroop": {
          "type": "object",
          "ref": "FreqDroopType"
        },
        "gradient": {
          "type": "object",
          "ref": "GradientType"
        },
        "limitMaxDischarge": {
          "type": "object",
          "ref": "LimitMaxDischargeType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "isDefault",
        "controlId",
        "controlType"
      ],
      "open": false
    },
    "SetDERControlResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DERControlStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "supersededIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 36
          },
          "minItems": 1,
          "maxItems": 24
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetDefaultTariffRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "tariff": {
          "type": "object",
          "ref": "TariffType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "tariff"
      ],
      "open": false
    },
    "SetDefaultTariffResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "TariffSetStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetDisplayMessageRequest": {
      "properties": {
        "message": {
          "type": "object",
          "ref": "MessageInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "message"
      ],
      "open": false
    },
    "SetDisplayMessageResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DisplayMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetMonitoringBaseRequest": {
      "properties": {
        "monitoringBase": {
          "type": "enum",
          "enum": "MonitoringBaseEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "monitoringBase"
      ],
      "open": false
    },
    "SetMonitoringBaseResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetMonitoringLevelRequest": {
      "properties": {
        "severity": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "severity"
      ],
      "open": false
    },
    "SetMonitoringLevelResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetNetworkProfileRequest": {
      "properties": {
        "configurationSlot": {
          "type": "integer"
        },
        "connectionData": {
          "type": "object",
          "ref": "NetworkConnectionProfileType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "configurationSlot",
        "connectionData"
      ],
      "open": false
    },
    "SetNetworkProfileResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "SetNetworkProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetVariableMonitoringRequest": {
      "properties": {
        "setMonitoringData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetMonitoringDataType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "setMonitoringData"
      ],
      "open": false
    },
    "SetVariableMonitoringResponse": {
      "properties": {
        "setMonitoringResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetMonitoringResultType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "setMonitoringResult"
      ],
      "open": false
    },
    "SetVariablesRequest": {
      "properties": {
        "setVariableData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetVariableDataType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "setVariableData"
      ],
      "open": false
    },
    "SetVariablesResponse": {
      "properties": {
        "setVariableResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetVariableResultType"
          },
          "minItems": 1
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "setVariableResult"
      ],
      "open": false
    },
    "SignCertificateRequest": {
      "properties": {
        "csr": {
          "type": "string",
          "maxLength": 5500
        },
        "certificateType": {
          "type": "enum",
          "enum": "CertificateSigningUseEnumType"
        },
        "hashRootCertificate": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "requestId": {
          "type": "integer"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "csr"
      ],
      "open": false
    },
    "SignCertificateResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "StatusNotificationRequest": {
      "properties": {
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "connectorStatus": {
          "type": "enum",
          "enum": "ConnectorStatusEnumType"
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "connectorId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "timestamp",
        "connectorStatus",
        "evseId",
        "connectorId"
      ],
      "open": false
    },
    "StatusNotificationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TransactionEventRequest": {
      "properties": {
        "costDetails": {
          "type": "object",
          "ref": "CostDetailsType"
        },
        "eventType": {
          "type": "enum",
          "enum": "TransactionEventEnumType"
        },
        "meterValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MeterValueType"
          },
          "minItems": 1
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "triggerReason": {
          "type": "enum",
          "enum": "TriggerReasonEnumType"
        },
        "seqNo": {
          "type": "integer",
          "minimum": 0
        },
        "offline": {
          "type": "boolean",
          "default": false
        },
        "numberOfPhasesUsed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 3
        },
        "cableMaxCurrent": {
          "type": "integer"
        },
        "reservationId": {
          "type": "integer",
          "minimum": 0
        },
        "preconditioningStatus": {
          "type": "enum",
          "enum": "PreconditioningStatusEnumType"
        },
        "evseSleep": {
          "type": "boolean"
        },
        "transactionInfo": {
          "type": "object",
          "ref": "TransactionType"
        },
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "eventType",
        "timestamp",
        "triggerReason",
        "seqNo",
        "transactionInfo"
      ],
      "open": false
    },
    "TransactionEventResponse": {
      "properties": {
        "totalCost": {
          "type": "number"
        },
        "chargingPriority": {
          "type": "integer"
        },
        "idTokenInfo": {
          "type": "object",
          "ref": "IdTokenInfoType"
        },
        "transactionLimit": {
          "type": "object",
          "ref": "TransactionLimitType"
        },
        "updatedPersonalMessage": {
          "type": "object",
          "ref": "MessageContentType"
        },
        "updatedPersonalMessageExtra": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MessageContentType"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [],
      "open": false
    },
    "TriggerMessageRequest": {
      "properties": {
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "requestedMessage": {
          "type": "enum",
          "enum": "MessageTriggerEnumType"
        },
        "customTrigger": {
          "type": "string",
          "maxLength": 50
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestedMessage"
      ],
      "open": false
    },
    "TriggerMessageResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "TriggerMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UnlockConnectorRequest": {
      "properties": {
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "connectorId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "evseId",
        "connectorId"
      ],
      "open": false
    },
    "UnlockConnectorResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UnlockStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UnpublishFirmwareRequest": {
      "properties": {
        "checksum": {
          "type": "string",
          "maxLength": 32
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "checksum"
      ],
      "open": false
    },
    "UnpublishFirmwareResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UnpublishFirmwareStatusEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UpdateDynamicScheduleRequest": {
      "properties": {
        "chargingProfileId": {
          "type": "integer"
        },
        "scheduleUpdate": {
          "type": "object",
          "ref": "ChargingScheduleUpdateType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "chargingProfileId",
        "scheduleUpdate"
      ],
      "open": false
    },
    "UpdateDynamicScheduleResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UpdateFirmwareRequest": {
      "properties": {
        "retries": {
          "type": "integer",
          "minimum": 0
        },
        "retryInterval": {
          "type": "integer"
        },
        "requestId": {
          "type": "integer"
        },
        "firmware": {
          "type": "object",
          "ref": "FirmwareType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "requestId",
        "firmware"
      ],
      "open": false
    },
    "UpdateFirmwareResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UpdateFirmwareStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UsePriorityChargingRequest": {
      "properties": {
        "transactionId": {
          "type": "string",
          "maxLength": 36
        },
        "activate": {
          "type": "boolean"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "transactionId",
        "activate"
      ],
      "open": false
    },
    "UsePriorityChargingResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "PriorityChargingStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "VatNumberValidationRequest": {
      "properties": {
        "vatNumber": {
          "type": "string",
          "maxLength": 20
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "vatNumber"
      ],
      "open": false
    },
    "VatNumberValidationResponse": {
      "properties": {
        "company": {
          "type": "object",
          "ref": "AddressType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "vatNumber": {
          "type": "string",
          "maxLength": 20
        },
        "evseId": {
          "type": "integer",
          "minimum": 0
        },
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        }
      },
      "required": [
        "vatNumber",
        "status"
      ],
      "open": false
    }
  },
  "actions": {
    "AFRRSignal": {
      "request": "AFRRSignalRequest",
      "response": "AFRRSignalResponse"
    },
    "AdjustPeriodicEventStream": {
      "request": "AdjustPeriodicEventStreamRequest",
      "response": "AdjustPeriodicEventStreamResponse"
    },
    "Authorize": {
      "request": "AuthorizeRequest",
      "response": "AuthorizeResponse"
    },
    "BatterySwap": {
      "request": "BatterySwapRequest",
      "response": "BatterySwapResponse"
    },
    "BootNotification": {
      "request": "BootNotificationRequest",
      "response": "BootNotificationResponse"
    },
    "CancelReservation": {
      "request": "CancelReservationRequest",
      "response": "CancelReservationResponse"
    },
    "CertificateSigned": {
      "request": "CertificateSignedRequest",
      "response": "CertificateSignedResponse"
    },
    "ChangeAvailability": {
      "request": "ChangeAvailabilityRequest",
      "response": "ChangeAvailabilityResponse"
    },
    "ChangeTransactionTariff": {
      "request": "ChangeTransactionTariffRequest",
      "response": "ChangeTransactionTariffResponse"
    },
    "ClearCache": {
      "request": "ClearCacheRequest",
      "response": "ClearCacheResponse"
    },
    "ClearChargingProfile": {
      "request": "ClearChargingProfileRequest",
      "response": "ClearChargingProfileResponse"
    },
    "ClearDERControl": {
      "request": "ClearDERControlRequest",
      "response": "ClearDERControlResponse"
    },
    "ClearDisplayMessage": {
      "request": "ClearDisplayMessageRequest",
      "response": "ClearDisplayMessageResponse"
    },
    "ClearTariffs": {
      "request": "ClearTariffsRequest",
      "response": "ClearTariffsResponse"
    },
    "ClearVariableMonitoring": {
      "request": "ClearVariableMonitoringRequest",
      "response": "ClearVariableMonitoringResponse"
    },
    "ClearedChargingLimit": {
      "request": "ClearedChargingLimitRequest",
      "response": "ClearedChargingLimitResponse"
    },
    "ClosePeriodicEventStream": {
      "request": "ClosePeriodicEventStreamRequest",
      "response": "ClosePeriodicEventStreamResponse"
    },
    "CostUpdated": {
      "request": "CostUpdatedRequest",
      "response": "CostUpdatedResponse"
    },
    "CustomerInformation": {
      "request": "CustomerInformationRequest",
      "response": "CustomerInformationResponse"
    },
    "DataTransfer": {
      "request": "DataTransferRequest",
      "response": "DataTransferResponse"
    },
    "DeleteCertificate": {
      "request": "DeleteCertificateRequest",
      "response": "DeleteCertificateResponse"
    },
    "FirmwareStatusNotification": {
      "request": "FirmwareStatusNotificationRequest",
      "response": "FirmwareStatusNotificationResponse"
    },
    "Get15118EVCertificate": {
      "request": "Get15118EVCertificateRequest",
      "response": "Get15118EVCertificateResponse"
    },
    "GetBaseReport": {
      "request": "GetBaseReportRequest",
      "response": "GetBaseReportResponse"
    },
    "GetCertificateChainStatus": {
      "request": "GetCertificateChainStatusRequest",
      "response": "GetCertificateChainStatusResponse"
    },
    "GetCertificateStatus": {
      "request": "GetCertificateStatusRequest",
      "response": "GetCertificateStatusResponse"
    },
    "GetChargingProfiles": {
      "request": "GetChargingProfilesRequest",
      "response": "GetChargingProfilesResponse"
    },
    "GetCompositeSchedule": {
      "request": "GetCompositeScheduleRequest",
      "response": "GetCompositeScheduleResponse"
    },
    "GetDERControl": {
      "request": "GetDERControlRequest",
      "response": "GetDERControlResponse"
    },
    "GetDisplayMessages": {
      "request": "GetDisplayMessagesRequest",
      "response": "GetDisplayMessagesResponse"
    },
    "GetInstalledCertificateIds": {
      "request": "GetInstalledCertificateIdsRequest",
      "response": "GetInstalledCertificateIdsResponse"
    },
    "GetLocalListVersion": {
      "request": "GetLocalListVersionRequest",
      "response": "GetLocalListVersionResponse"
    },
    "GetLog": {
      "request": "GetLogRequest",
      "response": "GetLogResponse"
    },
    "GetMonitoringReport": {
      "request": "GetMonitoringReportRequest",
      "response": "GetMonitoringReportResponse"
    },
    "GetPeriodicEventStream": {
      "request": "GetPeriodicEventStreamRequest",
      "response": "GetPeriodicEventStreamResponse"
    },
    "GetReport": {
      "request": "GetReportRequest",
      "response": "GetReportResponse"
    },
    "GetTariffs": {
      "request": "GetTariffsRequest",
      "response": "GetTariffsResponse"
    },
    "GetTransactionStatus": {
      "request": "GetTransactionStatusRequest",
      "response": "GetTransactionStatusResponse"
    },
    "GetVariables": {
      "request": "GetVariablesRequest",
      "response": "GetVariablesResponse"
    },
    "Heartbeat": {
      "request": "HeartbeatRequest",
      "response": "HeartbeatResponse"
    },
    "InstallCertificate": {
      "request": "InstallCertificateRequest",
      "response": "InstallCertificateResponse"
    },
    "LogStatusNotification": {
      "request": "LogStatusNotificationRequest",
      "response": "LogStatusNotificationResponse"
    },
    "MeterValues": {
      "request": "MeterValuesRequest",
      "response": "MeterValuesResponse"
    },
    "NotifyAllowedEnergyTransfer": {
      "request": "NotifyAllowedEnergyTransferRequest",
      "response": "NotifyAllowedEnergyTransferResponse"
    },
    "NotifyChargingLimit": {
      "request": "NotifyChargingLimitRequest",
      "response": "NotifyChargingLimitResponse"
    },
    "NotifyCustomerInformation": {
      "request": "NotifyCustomerInformationRequest",
      "response": "NotifyCustomerInformationResponse"
    },
    "NotifyDERAlarm": {
      "request": "NotifyDERAlarmRequest",
      "response": "NotifyDERAlarmResponse"
    },
    "NotifyDERStartStop": {
      "request": "NotifyDERStartStopRequest",
      "response": "NotifyDERStartStopResponse"
    },
    "NotifyDisplayMessages": {
      "request": "NotifyDisplayMessagesRequest",
      "response": "NotifyDisplayMessagesResponse"
    },
    "NotifyEVChargingNeeds": {
      "request": "NotifyEVChargingNeedsRequest",
      "response": "NotifyEVChargingNeedsResponse"
    },
    "NotifyEVChargingSchedule": {
      "request": "NotifyEVChargingScheduleRequest",
      "response": "NotifyEVChargingScheduleResponse"
    },
    "NotifyEvent": {
      "request": "NotifyEventRequest",
      "response": "NotifyEventResponse"
    },
    "NotifyMonitoringReport": {
      "request": "NotifyMonitoringReportRequest",
      "response": "NotifyMonitoringReportResponse"
    },
    "NotifyPeriodicEventStream": {
      "request": "NotifyPeriodicEventStreamRequest"
    },
    "NotifyPriorityCharging": {
      "request": "NotifyPriorityChargingRequest",
      "response": "NotifyPriorityChargingResponse"
    },
    "NotifyReport": {
      "request": "NotifyReportRequest",
      "response": "NotifyReportResponse"
    },
    "NotifySettlement": {
      "request": "NotifySettlementRequest",
      "response": "NotifySettlementResponse"
    },
    "NotifyWebPaymentStarted": {
      "request": "NotifyWebPaymentStartedRequest",
      "response": "NotifyWebPaymentStartedResponse"
    },
    "OpenPeriodicEventStream": {
      "request": "OpenPeriodicEventStreamRequest",
      "response": "OpenPeriodicEventStreamResponse"
    },
    "PublishFirmware": {
      "request": "PublishFirmwareRequest",
      "response": "PublishFirmwareResponse"
    },
    "PublishFirmwareStatusNotification": {
      "request": "PublishFirmwareStatusNotificationRequest",
      "response": "PublishFirmwareStatusNotificationResponse"
    },
    "PullDynamicScheduleUpdate": {
      "request": "PullDynamicScheduleUpdateRequest",
      "response": "PullDynamicScheduleUpdateResponse"
    },
    "ReportChargingProfiles": {
      "request": "ReportChargingProfilesRequest",
      "response": "ReportChargingProfilesResponse"
    },
    "ReportDERControl": {
      "request": "ReportDERControlRequest",
      "response": "ReportDERControlResponse"
    },
    "RequestBatterySwap": {
      "request": "RequestBatterySwapRequest",
      "response": "RequestBatterySwapResponse"
    },
    "RequestStartTransaction": {
      "request": "RequestStartTransactionRequest",
      "response": "RequestStartTransactionResponse"
    },
    "RequestStopTransaction": {
      "request": "RequestStopTransactionRequest",
      "response": "RequestStopTransactionResponse"
    },
    "ReservationStatusUpdate": {
      "request": "ReservationStatusUpdateRequest",
      "response": "ReservationStatusUpdateResponse"
    },
    "ReserveNow": {
      "request": "ReserveNowRequest",
      "response": "ReserveNowResponse"
    },
    "Reset": {
      "request": "ResetRequest",
      "response": "ResetResponse"
    },
    "SecurityEventNotification": {
      "request": "SecurityEventNotificationRequest",
      "response": "SecurityEventNotificationResponse"
    },
    "SendLocalList": {
      "request": "SendLocalListRequest",
      "response": "SendLocalListResponse"
    },
    "SetChargingProfile": {
      "request": "SetChargingProfileRequest",
      "response": "SetChargingProfileResponse"
    },
    "SetDERControl": {
      "request": "SetDERControlRequest",
      "response": "SetDERControlResponse"
    },
    "SetDefaultTariff": {
      "request": "SetDefaultTariffRequest",
      "response": "SetDefaultTariffResponse"
    },
    "SetDisplayMessage": {
      "request": "SetDisplayMessageRequest",
      "response": "SetDisplayMessageResponse"
    },
    "SetMonitoringBase": {
      "request": "SetMonitoringBaseRequest",
      "response": "SetMonitoringBaseResponse"
    },
    "SetMonitoringLevel": {
      "request": "SetMonitoringLevelRequest",
      "response": "SetMonitoringLevelResponse"
    },
    "SetNetworkProfile": {
      "request": "SetNetworkProfileRequest",
      "response": "SetNetworkProfileResponse"
    },
    "SetVariableMonitoring": {
      "request": "SetVariableMonitoringRequest",
      "response": "SetVariableMonitoringResponse"
    },
    "SetVariables": {
      "request": "SetVariablesRequest",
      "response": "SetVariablesResponse"
    },
    "SignCertificate": {
      "request": "SignCertificateRequest",
      "response": "SignCertificateResponse"
    },
    "StatusNotification": {
      "request": "StatusNotificationRequest",
      "response": "StatusNotificationResponse"
    },
    "TransactionEvent": {
      "request": "TransactionEventRequest",
      "response": "TransactionEventResponse"
    },
    "TriggerMessage": {
      "request": "TriggerMessageRequest",
      "response": "TriggerMessageResponse"
    },
    "UnlockConnector": {
      "request": "UnlockConnectorRequest",
      "response": "UnlockConnectorResponse"
    },
    "UnpublishFirmware": {
      "request": "UnpublishFirmwareRequest",
      "response": "UnpublishFirmwareResponse"
    },
    "UpdateDynamicSchedule": {
      "request": "UpdateDynamicScheduleRequest",
      "response": "UpdateDynamicScheduleResponse"
    },
    "UpdateFirmware": {
      "request": "UpdateFirmwareRequest",
      "response": "UpdateFirmwareResponse"
    },
    "UsePriorityCharging": {
      "request": "UsePriorityChargingRequest",
      "response": "UsePriorityChargingResponse"
    },
    "VatNumberValidation": {
      "request": "VatNumberValidationRequest",
      "response": "VatNumberValidationResponse"
    }
  }
}`) as ModelDescription;
