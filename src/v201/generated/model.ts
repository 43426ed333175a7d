// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// The model as data (see src/schema/model.ts).
import type { ModelDescription } from '../../schema/model.js';

/** Every enumeration, data type, message and action of the model, with each field's type and constraints. */
export const model: ModelDescription = JSON.parse(`{
  "version": "2.0.1",
  "enums": {
    "APNAuthenticationEnumType": [
      "CHAP",
      "NONE",
      "PAP",
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
      "V2GCertificate"
    ],
    "ChangeAvailabilityStatusEnumType": [
      "Accepted",
      "Rejected",
      "Scheduled"
    ],
    "ChargingLimitSourceEnumType": [
      "EMS",
      "Other",
      "SO",
      "CSO"
    ],
    "ChargingProfileKindEnumType": [
      "Absolute",
      "Recurring",
      "Relative"
    ],
    "ChargingProfilePurposeEnumType": [
      "ChargingStationExternalConstraints",
      "ChargingStationMaxProfile",
      "TxDefaultProfile",
      "TxProfile"
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
      "Charging",
      "EVConnected",
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
      "Unknown"
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
    "ConnectorEnumType": [
      "cCCS1",
      "cCCS2",
      "cG105",
      "cTesla",
      "cType1",
      "cType2",
      "s309-1P-16A",
      "s309-1P-32A",
      "s309-3P-16A",
      "s309-3P-32A",
      "sBS1361",
      "sCEE-7-7",
      "sType2",
      "sType3",
      "Other1PhMax16A",
      "Other1PhOver16A",
      "Other3Ph",
      "Pan",
      "wInductive",
      "wResonant",
      "Undetermined",
      "Unknown"
    ],
    "ConnectorStatusEnumType": [
      "Available",
      "Occupied",
      "Reserved",
      "Unavailable",
      "Faulted"
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
      "UnknownTransaction"
    ],
    "EnergyTransferModeEnumType": [
      "DC",
      "AC_single_phase",
      "AC_two_phase",
      "AC_three_phase"
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
      "ManufacturerRootCertificate"
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
    "HashAlgorithmEnumType": [
      "SHA256",
      "SHA384",
      "SHA512"
    ],
    "IdTokenEnumType": [
      "Central",
      "eMAID",
      "ISO14443",
      "ISO15693",
      "KeyCode",
      "Local",
      "MacAddress",
      "NoAuthorization"
    ],
    "InstallCertificateStatusEnumType": [
      "Accepted",
      "Rejected",
      "Failed"
    ],
    "InstallCertificateUseEnumType": [
      "V2GRootCertificate",
      "MORootCertificate",
      "CSMSRootCertificate",
      "ManufacturerRootCertificate"
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
      "Outlet"
    ],
    "LogEnumType": [
      "DiagnosticsLog",
      "SecurityLog"
    ],
    "LogStatusEnumType": [
      "Accepted",
      "Rejected",
      "AcceptedCanceled"
    ],
    "MeasurandEnumType": [
      "Current.Export",
      "Current.Import",
      "Current.Offered",
      "Energy.Active.Export.Register",
      "Energy.Active.Import.Register",
      "Energy.Reactive.Export.Register",
      "Energy.Reactive.Import.Register",
      "Energy.Active.Export.Interval",
      "Energy.Active.Import.Interval",
      "Energy.Active.Net",
      "Energy.Reactive.Export.Interval",
      "Energy.Reactive.Import.Interval",
      "Energy.Reactive.Net",
      "Energy.Apparent.Net",
      "Energy.Apparent.Import",
      "Energy.Apparent.Export",
      "Frequency",
      "Power.Active.Export",
      "Power.Active.Import",
      "Power.Factor",
      "Power.Offered",
      "Power.Reactive.Export",
      "Power.Reactive.Import",
      "SoC",
      "Voltage"
    ],
    "MessageFormatEnumType": [
      "ASCII",
      "HTML",
      "URI",
      "UTF8"
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
      "Unavailable"
    ],
    "MessageTriggerEnumType": [
      "BootNotification",
      "LogStatusNotification",
      "FirmwareStatusNotification",
      "Heartbeat",
      "MeterValues",
      "SignChargingStationCertificate",
      "SignV2GCertificate",
      "StatusNotification",
      "TransactionEvent",
      "SignCombinedCertificate",
      "PublishFirmwareStatusNotification"
    ],
    "MonitorEnumType": [
      "UpperThreshold",
      "LowerThreshold",
      "Delta",
      "Periodic",
      "PeriodicClockAligned"
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
    "NotifyEVChargingNeedsStatusEnumType": [
      "Accepted",
      "Rejected",
      "Processing"
    ],
    "OCPPInterfaceEnumType": [
      "Wired0",
      "Wired1",
      "Wired2",
      "Wired3",
      "Wireless0",
      "Wireless1",
      "Wireless2",
      "Wireless3"
    ],
    "OCPPTransportEnumType": [
      "JSON",
      "SOAP"
    ],
    "OCPPVersionEnumType": [
      "OCPP12",
      "OCPP15",
      "OCPP16",
      "OCPP20"
    ],
    "OperationalStatusEnumType": [
      "Inoperative",
      "Operative"
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
      "Local",
      "LocalOutOfCredit",
      "MasterPass",
      "Other",
      "OvercurrentFault",
      "PowerLoss",
      "PowerQuality",
      "Reboot",
      "Remote",
      "SOCLimitReached",
      "StoppedByEV",
      "TimeLimitReached",
      "Timeout"
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
      "Removed"
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
      "OnIdle"
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
      "Authorized",
      "CablePluggedIn",
      "ChargingRateChanged",
      "ChargingStateChanged",
      "Deauthorized",
      "EnergyLimitReached",
      "EVCommunicationLost",
      "EVConnectTimeout",
      "MeterValueClock",
      "MeterValuePeriodic",
      "TimeLimitReached",
      "Trigger",
      "UnlockCommand",
      "StopAuthorized",
      "EVDeparted",
      "EVDetected",
      "RemoteStop",
      "RemoteStart",
      "AbnormalCondition",
      "SignedDataReceived",
      "ResetCommand"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "energyAmount": {
          "type": "integer"
        },
        "evMinCurrent": {
          "type": "integer"
        },
        "evMaxCurrent": {
          "type": "integer"
        },
        "evMaxVoltage": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "apn": {
          "type": "string",
          "maxLength": 512
        },
        "apnUserName": {
          "type": "string",
          "maxLength": 20
        },
        "apnPassword": {
          "type": "string",
          "maxLength": 20
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
        }
      },
      "required": [
        "apn",
        "apnAuthentication"
      ],
      "open": false
    },
    "AdditionalInfoType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "additionalIdToken": {
          "type": "string",
          "maxLength": 36
        },
        "type": {
          "type": "string",
          "maxLength": 50
        }
      },
      "required": [
        "additionalIdToken",
        "type"
      ],
      "open": false
    },
    "AuthorizationData": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "idTokenInfo": {
          "type": "object",
          "ref": "IdTokenInfoType"
        }
      },
      "required": [
        "idToken"
      ],
      "open": false
    },
    "CertificateHashDataChainType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
    "ChargingLimitType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingLimitSource": {
          "type": "enum",
          "enum": "ChargingLimitSourceEnumType"
        },
        "isGridCritical": {
          "type": "boolean"
        }
      },
      "required": [
        "chargingLimitSource"
      ],
      "open": false
    },
    "ChargingNeedsType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "acChargingParameters": {
          "type": "object",
          "ref": "ACChargingParametersType"
        },
        "dcChargingParameters": {
          "type": "object",
          "ref": "DCChargingParametersType"
        },
        "requestedEnergyTransfer": {
          "type": "enum",
          "enum": "EnergyTransferModeEnumType"
        },
        "departureTime": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "requestedEnergyTransfer"
      ],
      "open": false
    },
    "ChargingProfileCriterionType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeEnumType"
        },
        "stackLevel": {
          "type": "integer"
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
            "type": "enum",
            "enum": "ChargingLimitSourceEnumType"
          },
          "minItems": 1,
          "maxItems": 4
        }
      },
      "required": [],
      "open": false
    },
    "ChargingProfileType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
        },
        "stackLevel": {
          "type": "integer"
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
        "chargingSchedule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingScheduleType"
          },
          "minItems": 1,
          "maxItems": 3
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "startPeriod": {
          "type": "integer"
        },
        "limit": {
          "type": "number"
        },
        "numberPhases": {
          "type": "integer"
        },
        "phaseToUse": {
          "type": "integer"
        }
      },
      "required": [
        "startPeriod",
        "limit"
      ],
      "open": false
    },
    "ChargingScheduleType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
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
        "chargingSchedulePeriod": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingSchedulePeriodType"
          },
          "minItems": 1,
          "maxItems": 1024
        },
        "minChargingRate": {
          "type": "number"
        },
        "salesTariff": {
          "type": "object",
          "ref": "SalesTariffType"
        }
      },
      "required": [
        "id",
        "chargingRateUnit",
        "chargingSchedulePeriod"
      ],
      "open": false
    },
    "ChargingStationType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evseId": {
          "type": "integer"
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeEnumType"
        },
        "stackLevel": {
          "type": "integer"
        }
      },
      "required": [],
      "open": false
    },
    "ClearMonitoringResultType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ClearMonitoringStatusEnumType"
        },
        "id": {
          "type": "integer"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status",
        "id"
      ],
      "open": false
    },
    "ComponentType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "name"
      ],
      "open": false
    },
    "ComponentVariableType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
        }
      },
      "required": [
        "component"
      ],
      "open": false
    },
    "CompositeScheduleType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingSchedulePeriod": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingSchedulePeriodType"
          },
          "minItems": 1
        },
        "evseId": {
          "type": "integer"
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
    "ConsumptionCostType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "startValue",
        "cost"
      ],
      "open": false
    },
    "CostType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "costKind": {
          "type": "enum",
          "enum": "CostKindEnumType"
        },
        "amount": {
          "type": "integer"
        },
        "amountMultiplier": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evMaxCurrent": {
          "type": "integer"
        },
        "evMaxVoltage": {
          "type": "integer"
        },
        "energyAmount": {
          "type": "integer"
        },
        "evMaxPower": {
          "type": "integer"
        },
        "stateOfCharge": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "evEnergyCapacity": {
          "type": "integer"
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
        }
      },
      "required": [
        "evMaxCurrent",
        "evMaxVoltage"
      ],
      "open": false
    },
    "EVSEType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
        },
        "connectorId": {
          "type": "integer"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "EventDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "eventId": {
          "type": "integer"
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
          "type": "integer"
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
          "type": "integer"
        },
        "eventNotificationType": {
          "type": "enum",
          "enum": "EventNotificationEnumType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "location": {
          "type": "string",
          "maxLength": 512
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
        }
      },
      "required": [
        "location",
        "retrieveDateTime"
      ],
      "open": false
    },
    "GetVariableDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "attributeStatusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        },
        "attributeStatus": {
          "type": "enum",
          "enum": "GetVariableStatusEnumType"
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
        }
      },
      "required": [
        "attributeStatus",
        "component",
        "variable"
      ],
      "open": false
    },
    "IdTokenInfoType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "language1": {
          "type": "string",
          "maxLength": 8
        },
        "evseId": {
          "type": "array",
          "items": {
            "type": "integer"
          },
          "minItems": 1
        },
        "groupIdToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "language2": {
          "type": "string",
          "maxLength": 8
        },
        "personalMessage": {
          "type": "object",
          "ref": "MessageContentType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "IdTokenType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 36
        },
        "type": {
          "type": "enum",
          "enum": "IdTokenEnumType"
        }
      },
      "required": [
        "idToken",
        "type"
      ],
      "open": false
    },
    "LogParametersType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "remoteLocation": {
          "type": "string",
          "maxLength": 512
        },
        "oldestTimestamp": {
          "type": "string",
          "format": "date-time"
        },
        "latestTimestamp": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "remoteLocation"
      ],
      "open": false
    },
    "MessageContentType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 512
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "display": {
          "type": "object",
          "ref": "ComponentType"
        },
        "id": {
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "iccid": {
          "type": "string",
          "maxLength": 20
        },
        "imsi": {
          "type": "string",
          "maxLength": 20
        }
      },
      "required": [],
      "open": false
    },
    "MonitoringDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "apn": {
          "type": "object",
          "ref": "APNType"
        },
        "ocppVersion": {
          "type": "enum",
          "enum": "OCPPVersionEnumType"
        },
        "ocppTransport": {
          "type": "enum",
          "enum": "OCPPTransportEnumType"
        },
        "ocppCsmsUrl": {
          "type": "string",
          "maxLength": 512
        },
        "messageTimeout": {
          "type": "integer"
        },
        "securityProfile": {
          "type": "integer"
        },
        "ocppInterface": {
          "type": "enum",
          "enum": "OCPPInterfaceEnumType"
        },
        "vpn": {
          "type": "object",
          "ref": "VPNType"
        }
      },
      "required": [
        "ocppVersion",
        "ocppTransport",
        "ocppCsmsUrl",
        "messageTimeout",
        "securityProfile",
        "ocppInterface"
      ],
      "open": false
    },
    "OCSPRequestDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 512
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
    "RelativeTimeIntervalType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "start": {
          "type": "integer"
        },
        "duration": {
          "type": "integer"
        }
      },
      "required": [
        "start"
      ],
      "open": false
    },
    "ReportDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "relativeTimeInterval"
      ],
      "open": false
    },
    "SalesTariffType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
        },
        "salesTariffDescription": {
          "type": "string",
          "maxLength": 32
        },
        "numEPriceLevels": {
          "type": "integer"
        },
        "salesTariffEntry": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SalesTariffEntryType"
          },
          "minItems": 1,
          "maxItems": 1024
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "value": {
          "type": "number"
        },
        "context": {
          "type": "enum",
          "enum": "ReadingContextEnumType",
          "default": "Sample.Periodic"
        },
        "measurand": {
          "type": "enum",
          "enum": "MeasurandEnumType",
          "default": "Energy.Active.Import.Register"
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
        }
      },
      "required": [
        "value"
      ],
      "open": false
    },
    "SetMonitoringDataType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
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
          "type": "integer"
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
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
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "attributeType": {
          "type": "enum",
          "enum": "AttributeEnumType",
          "default": "Actual"
        },
        "attributeValue": {
          "type": "string",
          "maxLength": 1000
        },
        "component": {
          "type": "object",
          "ref": "ComponentType"
        },
        "variable": {
          "type": "object",
          "ref": "VariableType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "signedMeterData": {
          "type": "string",
          "maxLength": 2500
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
        }
      },
      "required": [
        "signedMeterData",
        "signingMethod",
        "encodingMethod",
        "publicKey"
      ],
      "open": false
    },
    "StatusInfoType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "reasonCode": {
          "type": "string",
          "maxLength": 20
        },
        "additionalInfo": {
          "type": "string",
          "maxLength": 512
        }
      },
      "required": [
        "reasonCode"
      ],
      "open": false
    },
    "TransactionType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "transactionId"
      ],
      "open": false
    },
    "UnitOfMeasureType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "unit": {
          "type": "string",
          "maxLength": 20,
          "default": "Wh"
        },
        "multiplier": {
          "type": "integer",
          "default": 0
        }
      },
      "required": [],
      "open": false
    },
    "VPNType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "server": {
          "type": "string",
          "maxLength": 512
        },
        "user": {
          "type": "string",
          "maxLength": 20
        },
        "group": {
          "type": "string",
          "maxLength": 20
        },
        "password": {
          "type": "string",
          "maxLength": 20
        },
        "key": {
          "type": "string",
          "maxLength": 255
        },
        "type": {
          "type": "enum",
          "enum": "VPNEnumType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [],
      "open": false
    },
    "VariableCharacteristicsType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "valuesList": {
          "type": "string",
          "maxLength": 1000
        },
        "supportsMonitoring": {
          "type": "boolean"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
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
          "type": "integer"
        }
      },
      "required": [
        "id",
        "transaction",
        "value",
        "type",
        "severity"
      ],
      "open": false
    },
    "VariableType": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "name": {
          "type": "string",
          "maxLength": 50
        },
        "instance": {
          "type": "string",
          "maxLength": 50
        }
      },
      "required": [
        "name"
      ],
      "open": false
    }
  },
  "messages": {
    "AuthorizeRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "certificate": {
          "type": "string",
          "maxLength": 5500
        },
        "iso15118CertificateHashData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "OCSPRequestDataType"
          },
          "minItems": 1,
          "maxItems": 4
        }
      },
      "required": [
        "idToken"
      ],
      "open": false
    },
    "AuthorizeResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "idTokenInfo": {
          "type": "object",
          "ref": "IdTokenInfoType"
        },
        "certificateStatus": {
          "type": "enum",
          "enum": "AuthorizeCertificateStatusEnumType"
        }
      },
      "required": [
        "idTokenInfo"
      ],
      "open": false
    },
    "BootNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingStation": {
          "type": "object",
          "ref": "ChargingStationType"
        },
        "reason": {
          "type": "enum",
          "enum": "BootReasonEnumType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "reservationId": {
          "type": "integer"
        }
      },
      "required": [
        "reservationId"
      ],
      "open": false
    },
    "CancelReservationResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "CancelReservationStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "CertificateSignedRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "certificateChain": {
          "type": "string",
          "maxLength": 10000
        },
        "certificateType": {
          "type": "enum",
          "enum": "CertificateSigningUseEnumType"
        }
      },
      "required": [
        "certificateChain"
      ],
      "open": false
    },
    "CertificateSignedResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "CertificateSignedStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ChangeAvailabilityRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "operationalStatus": {
          "type": "enum",
          "enum": "OperationalStatusEnumType"
        }
      },
      "required": [
        "operationalStatus"
      ],
      "open": false
    },
    "ChangeAvailabilityResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ChangeAvailabilityStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ClearCacheStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearChargingProfileRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingProfileId": {
          "type": "integer"
        },
        "chargingProfileCriteria": {
          "type": "object",
          "ref": "ClearChargingProfileType"
        }
      },
      "required": [],
      "open": false
    },
    "ClearChargingProfileResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ClearChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearDisplayMessageRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "ClearDisplayMessageResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ClearMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearVariableMonitoringRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "array",
          "items": {
            "type": "integer"
          },
          "minItems": 1
        }
      },
      "required": [
        "id"
      ],
      "open": false
    },
    "ClearVariableMonitoringResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "clearMonitoringResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ClearMonitoringResultType"
          },
          "minItems": 1
        }
      },
      "required": [
        "clearMonitoringResult"
      ],
      "open": false
    },
    "ClearedChargingLimitRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingLimitSource": {
          "type": "enum",
          "enum": "ChargingLimitSourceEnumType"
        },
        "evseId": {
          "type": "integer"
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
    "CostUpdatedRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "totalCost": {
          "type": "number"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "customerCertificate": {
          "type": "object",
          "ref": "CertificateHashDataType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "requestId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "CustomerInformationStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DataTransferRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "vendorId"
      ],
      "open": false
    },
    "DataTransferResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DeleteCertificateRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "certificateHashData": {
          "type": "object",
          "ref": "CertificateHashDataType"
        }
      },
      "required": [
        "certificateHashData"
      ],
      "open": false
    },
    "DeleteCertificateResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "DeleteCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "FirmwareStatusNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "FirmwareStatusEnumType"
        },
        "requestId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 5600
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 5600
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "requestId": {
          "type": "integer"
        },
        "reportBase": {
          "type": "enum",
          "enum": "ReportBaseEnumType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetCertificateStatusRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "ocspRequestData": {
          "type": "object",
          "ref": "OCSPRequestDataType"
        }
      },
      "required": [
        "ocspRequestData"
      ],
      "open": false
    },
    "GetCertificateStatusResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "maxLength": 5500
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetChargingProfilesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "requestId": {
          "type": "integer"
        },
        "evseId": {
          "type": "integer"
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfileCriterionType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GetChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetCompositeScheduleRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "duration": {
          "type": "integer"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitEnumType"
        },
        "evseId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetDisplayMessagesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "array",
          "items": {
            "type": "integer"
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
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetDisplayMessagesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GetDisplayMessagesStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetInstalledCertificateIdsRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "certificateType": {
          "type": "array",
          "items": {
            "type": "enum",
            "enum": "GetCertificateIdUseEnumType"
          },
          "minItems": 1
        }
      },
      "required": [],
      "open": false
    },
    "GetInstalledCertificateIdsResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "versionNumber": {
          "type": "integer"
        }
      },
      "required": [
        "versionNumber"
      ],
      "open": false
    },
    "GetLogRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "type": "integer"
        },
        "retryInterval": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetMonitoringReportRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetMonitoringReportResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetReportRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "requestId"
      ],
      "open": false
    },
    "GetReportResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetTransactionStatusRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        }
      },
      "required": [],
      "open": false
    },
    "GetTransactionStatusResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "ongoingIndicator": {
          "type": "boolean"
        },
        "messagesInQueue": {
          "type": "boolean"
        }
      },
      "required": [
        "messagesInQueue"
      ],
      "open": false
    },
    "GetVariablesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "getVariableData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "GetVariableDataType"
          },
          "minItems": 1
        }
      },
      "required": [
        "getVariableData"
      ],
      "open": false
    },
    "GetVariablesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "getVariableResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "GetVariableResultType"
          },
          "minItems": 1
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "currentTime": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "currentTime"
      ],
      "open": false
    },
    "InstallCertificateRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "certificateType": {
          "type": "enum",
          "enum": "InstallCertificateUseEnumType"
        },
        "certificate": {
          "type": "string",
          "maxLength": 5500
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "InstallCertificateStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "LogStatusNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "UploadLogStatusEnumType"
        },
        "requestId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evseId": {
          "type": "integer"
        },
        "meterValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MeterValueType"
          },
          "minItems": 1
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
    "NotifyChargingLimitRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "chargingSchedule": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingScheduleType"
          },
          "minItems": 1
        },
        "evseId": {
          "type": "integer"
        },
        "chargingLimit": {
          "type": "object",
          "ref": "ChargingLimitType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "data": {
          "type": "string",
          "maxLength": 512
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer"
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "requestId": {
          "type": "integer"
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
    "NotifyDisplayMessagesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "maxScheduleTuples": {
          "type": "integer"
        },
        "chargingNeeds": {
          "type": "object",
          "ref": "ChargingNeedsType"
        },
        "evseId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "NotifyEVChargingNeedsStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "NotifyEVChargingScheduleRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "timeBase": {
          "type": "string",
          "format": "date-time"
        },
        "chargingSchedule": {
          "type": "object",
          "ref": "ChargingScheduleType"
        },
        "evseId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "NotifyEventRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
        },
        "tbc": {
          "type": "boolean",
          "default": false
        },
        "seqNo": {
          "type": "integer"
        },
        "eventData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "EventDataType"
          },
          "minItems": 1
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "type": "integer"
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time"
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
    "NotifyReportRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
          "type": "integer"
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
    "PublishFirmwareRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "location": {
          "type": "string",
          "maxLength": 512
        },
        "retries": {
          "type": "integer"
        },
        "checksum": {
          "type": "string",
          "maxLength": 32
        },
        "requestId": {
          "type": "integer"
        },
        "retryInterval": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "PublishFirmwareStatusNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "PublishFirmwareStatusEnumType"
        },
        "location": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 512
          },
          "minItems": 1
        },
        "requestId": {
          "type": "integer"
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
    "ReportChargingProfilesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "requestId": {
          "type": "integer"
        },
        "chargingLimitSource": {
          "type": "enum",
          "enum": "ChargingLimitSourceEnumType"
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
          "type": "integer"
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
    "RequestStartTransactionRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evseId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "RequestStopTransactionRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "transactionId": {
          "type": "string",
          "maxLength": 36
        }
      },
      "required": [
        "transactionId"
      ],
      "open": false
    },
    "RequestStopTransactionResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "RequestStartStopStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ReservationStatusUpdateRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "reservationId": {
          "type": "integer"
        },
        "reservationUpdateStatus": {
          "type": "enum",
          "enum": "ReservationUpdateStatusEnumType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "id": {
          "type": "integer"
        },
        "expiryDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "connectorType": {
          "type": "enum",
          "enum": "ConnectorEnumType"
        },
        "idToken": {
          "type": "object",
          "ref": "IdTokenType"
        },
        "evseId": {
          "type": "integer"
        },
        "groupIdToken": {
          "type": "object",
          "ref": "IdTokenType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ReserveNowStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ResetRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "type": {
          "type": "enum",
          "enum": "ResetEnumType"
        },
        "evseId": {
          "type": "integer"
        }
      },
      "required": [
        "type"
      ],
      "open": false
    },
    "ResetResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ResetStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SecurityEventNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "SendLocalListStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetChargingProfileRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evseId": {
          "type": "integer"
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfileType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "ChargingProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetDisplayMessageRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "message": {
          "type": "object",
          "ref": "MessageInfoType"
        }
      },
      "required": [
        "message"
      ],
      "open": false
    },
    "SetDisplayMessageResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "DisplayMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetMonitoringBaseRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "monitoringBase": {
          "type": "enum",
          "enum": "MonitoringBaseEnumType"
        }
      },
      "required": [
        "monitoringBase"
      ],
      "open": false
    },
    "SetMonitoringBaseResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericDeviceModelStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetMonitoringLevelRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "severity": {
          "type": "integer"
        }
      },
      "required": [
        "severity"
      ],
      "open": false
    },
    "SetMonitoringLevelResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetNetworkProfileRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "configurationSlot": {
          "type": "integer"
        },
        "connectionData": {
          "type": "object",
          "ref": "NetworkConnectionProfileType"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "SetNetworkProfileStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetVariableMonitoringRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "setMonitoringData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetMonitoringDataType"
          },
          "minItems": 1
        }
      },
      "required": [
        "setMonitoringData"
      ],
      "open": false
    },
    "SetVariableMonitoringResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "setMonitoringResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetMonitoringResultType"
          },
          "minItems": 1
        }
      },
      "required": [
        "setMonitoringResult"
      ],
      "open": false
    },
    "SetVariablesRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "setVariableData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetVariableDataType"
          },
          "minItems": 1
        }
      },
      "required": [
        "setVariableData"
      ],
      "open": false
    },
    "SetVariablesResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "setVariableResult": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SetVariableResultType"
          },
          "minItems": 1
        }
      },
      "required": [
        "setVariableResult"
      ],
      "open": false
    },
    "SignCertificateRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "csr": {
          "type": "string",
          "maxLength": 5500
        },
        "certificateType": {
          "type": "enum",
          "enum": "CertificateSigningUseEnumType"
        }
      },
      "required": [
        "csr"
      ],
      "open": false
    },
    "SignCertificateResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "GenericStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "StatusNotificationRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "connectorStatus": {
          "type": "enum",
          "enum": "ConnectorStatusEnumType"
        },
        "evseId": {
          "type": "integer"
        },
        "connectorId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
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
          "type": "integer"
        },
        "offline": {
          "type": "boolean",
          "default": false
        },
        "numberOfPhasesUsed": {
          "type": "integer"
        },
        "cableMaxCurrent": {
          "type": "integer"
        },
        "reservationId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
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
        "updatedPersonalMessage": {
          "type": "object",
          "ref": "MessageContentType"
        }
      },
      "required": [],
      "open": false
    },
    "TriggerMessageRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evse": {
          "type": "object",
          "ref": "EVSEType"
        },
        "requestedMessage": {
          "type": "enum",
          "enum": "MessageTriggerEnumType"
        }
      },
      "required": [
        "requestedMessage"
      ],
      "open": false
    },
    "TriggerMessageResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "TriggerMessageStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UnlockConnectorRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "evseId": {
          "type": "integer"
        },
        "connectorId": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "UnlockStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UnpublishFirmwareRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "checksum": {
          "type": "string",
          "maxLength": 32
        }
      },
      "required": [
        "checksum"
      ],
      "open": false
    },
    "UnpublishFirmwareResponse": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "UnpublishFirmwareStatusEnumType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UpdateFirmwareRequest": {
      "properties": {
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "retries": {
          "type": "integer"
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
        "customData": {
          "type": "object",
          "ref": "CustomDataType"
        },
        "status": {
          "type": "enum",
          "enum": "UpdateFirmwareStatusEnumType"
        },
        "statusInfo": {
          "type": "object",
          "ref": "StatusInfoType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    }
  },
  "actions": {
    "Authorize": {
      "request": "AuthorizeRequest",
      "response": "AuthorizeResponse"
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
    "ClearCache": {
      "request": "ClearCacheRequest",
      "response": "ClearCacheResponse"
    },
    "ClearChargingProfile": {
      "request": "ClearChargingProfileRequest",
      "response": "ClearChargingProfileResponse"
    },
    "ClearDisplayMessage": {
      "request": "ClearDisplayMessageRequest",
      "response": "ClearDisplayMessageResponse"
    },
    "ClearVariableMonitoring": {
      "request": "ClearVariableMonitoringRequest",
      "response": "ClearVariableMonitoringResponse"
    },
    "ClearedChargingLimit": {
      "request": "ClearedChargingLimitRequest",
      "response": "ClearedChargingLimitResponse"
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
    "GetReport": {
      "request": "GetReportRequest",
      "response": "GetReportResponse"
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
    "NotifyChargingLimit": {
      "request": "NotifyChargingLimitRequest",
      "response": "NotifyChargingLimitResponse"
    },
    "NotifyCustomerInformation": {
      "request": "NotifyCustomerInformationRequest",
      "response": "NotifyCustomerInformationResponse"
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
    "NotifyReport": {
      "request": "NotifyReportRequest",
      "response": "NotifyReportResponse"
    },
    "PublishFirmware": {
      "request": "PublishFirmwareRequest",
      "response": "PublishFirmwareResponse"
    },
    "PublishFirmwareStatusNotification": {
      "request": "PublishFirmwareStatusNotificationRequest",
      "response": "PublishFirmwareStatusNotificationResponse"
    },
    "ReportChargingProfiles": {
      "request": "ReportChargingProfilesRequest",
      "response": "ReportChargingProfilesResponse"
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
    "UpdateFirmware": {
      "request": "UpdateFirmwareRequest",
      "response": "UpdateFirmwareResponse"
    }
  }
}`) as ModelDescription;
