// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// The model as data (see src/schema/model.ts).
import type { ModelDescription } from '../../schema/model.js';

/** Every enumeration, data type, message and action of the model, with each field's type and constraints. */
export const model: ModelDescription = JSON.parse(`{
  "version": "1.6",
  "enums": {
    "AuthorizationStatus": [
      "Accepted",
      "Blocked",
      "Expired",
      "Invalid",
      "ConcurrentTx"
    ],
    "AvailabilityStatus": [
      "Accepted",
      "Rejected",
      "Scheduled"
    ],
    "AvailabilityType": [
      "Inoperative",
      "Operative"
    ],
    "CancelReservationStatus": [
      "Accepted",
      "Rejected"
    ],
    "CertificateSignedStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "CertificateUseEnumType": [
      "CentralSystemRootCertificate",
      "ManufacturerRootCertificate"
    ],
    "ChargePointErrorCode": [
      "ConnectorLockFailure",
      "EVCommunicationError",
      "GroundFailure",
      "HighTemperature",
      "InternalError",
      "LocalListConflict",
      "NoError",
      "OtherError",
      "OverCurrentFailure",
      "PowerMeterFailure",
      "PowerSwitchFailure",
      "ReaderFailure",
      "ResetFailure",
      "UnderVoltage",
      "OverVoltage",
      "WeakSignal"
    ],
    "ChargePointStatus": [
      "Available",
      "Preparing",
      "Charging",
      "SuspendedEVSE",
      "SuspendedEV",
      "Finishing",
      "Reserved",
      "Unavailable",
      "Faulted"
    ],
    "ChargingProfileKindType": [
      "Absolute",
      "Recurring",
      "Relative"
    ],
    "ChargingProfilePurposeType": [
      "ChargePointMaxProfile",
      "TxDefaultProfile",
      "TxProfile"
    ],
    "ChargingProfileStatus": [
      "Accepted",
      "Rejected",
      "NotSupported"
    ],
    "ChargingRateUnitType": [
      "A",
      "W"
    ],
    "ClearCacheStatus": [
      "Accepted",
      "Rejected"
    ],
    "ClearChargingProfileStatus": [
      "Accepted",
      "Unknown"
    ],
    "ConfigurationStatus": [
      "Accepted",
      "Rejected",
      "RebootRequired",
      "NotSupported"
    ],
    "DataTransferStatus": [
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
    "DiagnosticsStatus": [
      "Idle",
      "Uploaded",
      "UploadFailed",
      "Uploading"
    ],
    "FirmwareStatus": [
      "Downloaded",
      "DownloadFailed",
      "Downloading",
      "Idle",
      "InstallationFailed",
      "Installing",
      "Installed"
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
    "GenericStatusEnumType": [
      "Accepted",
      "Rejected"
    ],
    "GetCompositeScheduleStatus": [
      "Accepted",
      "Rejected"
    ],
    "GetInstalledCertificateStatusEnumType": [
      "Accepted",
      "NotFound"
    ],
    "HashAlgorithmEnumType": [
      "SHA256",
      "SHA384",
      "SHA512"
    ],
    "InstallCertificateStatusEnumType": [
      "Accepted",
      "Failed",
      "Rejected"
    ],
    "Location": [
      "Cable",
      "EV",
      "Inlet",
      "Outlet",
      "Body"
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
    "Measurand": [
      "Energy.Active.Export.Register",
      "Energy.Active.Import.Register",
      "Energy.Reactive.Export.Register",
      "Energy.Reactive.Import.Register",
      "Energy.Active.Export.Interval",
      "Energy.Active.Import.Interval",
      "Energy.Reactive.Export.Interval",
      "Energy.Reactive.Import.Interval",
      "Power.Active.Export",
      "Power.Active.Import",
      "Power.Offered",
      "Power.Reactive.Export",
      "Power.Reactive.Import",
      "Power.Factor",
      "Current.Import",
      "Current.Export",
      "Current.Offered",
      "Voltage",
      "Frequency",
      "Temperature",
      "SoC",
      "RPM"
    ],
    "MessageTrigger": [
      "BootNotification",
      "DiagnosticsStatusNotification",
      "FirmwareStatusNotification",
      "Heartbeat",
      "MeterValues",
      "StatusNotification"
    ],
    "MessageTriggerEnumType": [
      "BootNotification",
      "LogStatusNotification",
      "FirmwareStatusNotification",
      "Heartbeat",
      "MeterValues",
      "SignChargePointCertificate",
      "StatusNotification"
    ],
    "Phase": [
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
    "ReadingContext": [
      "Interruption.Begin",
      "Interruption.End",
      "Sample.Clock",
      "Sample.Periodic",
      "Transaction.Begin",
      "Transaction.End",
      "Trigger",
      "Other"
    ],
    "Reason": [
      "EmergencyStop",
      "EVDisconnected",
      "HardReset",
      "Local",
      "Other",
      "PowerLoss",
      "Reboot",
      "Remote",
      "SoftReset",
      "UnlockCommand",
      "DeAuthorized"
    ],
    "RecurrencyKindType": [
      "Daily",
      "Weekly"
    ],
    "RegistrationStatus": [
      "Accepted",
      "Pending",
      "Rejected"
    ],
    "RemoteStartStopStatus": [
      "Accepted",
      "Rejected"
    ],
    "ReservationStatus": [
      "Accepted",
      "Faulted",
      "Occupied",
      "Rejected",
      "Unavailable"
    ],
    "ResetStatus": [
      "Accepted",
      "Rejected"
    ],
    "ResetType": [
      "Hard",
      "Soft"
    ],
    "StopTransactionUnitOfMeasure": [
      "Wh",
      "kWh",
      "varh",
      "kvarh",
      "W",
      "kW",
      "VA",
      "kVA",
      "var",
      "kvar",
      "A",
      "V",
      "K",
      "Celcius",
      "Celsius",
      "Fahrenheit",
      "Percent"
    ],
    "TriggerMessageStatus": [
      "Accepted",
      "Rejected",
      "NotImplemented"
    ],
    "TriggerMessageStatusEnumType": [
      "Accepted",
      "Rejected",
      "NotImplemented"
    ],
    "UnitOfMeasure": [
      "Wh",
      "kWh",
      "varh",
      "kvarh",
      "W",
      "kW",
      "VA",
      "kVA",
      "var",
      "kvar",
      "A",
      "V",
      "K",
      "Celcius",
      "Celsius",
      "Fahrenheit",
      "Percent",
      "Hertz"
    ],
    "UnlockStatus": [
      "Unlocked",
      "UnlockFailed",
      "NotSupported"
    ],
    "UpdateFirmwareStatusEnumType": [
      "Accepted",
      "Rejected",
      "AcceptedCanceled",
      "InvalidCertificate",
      "RevokedCertificate"
    ],
    "UpdateStatus": [
      "Accepted",
      "Failed",
      "NotSupported",
      "VersionMismatch"
    ],
    "UpdateType": [
      "Differential",
      "Full"
    ],
    "UploadLogStatusEnumType": [
      "BadMessage",
      "Idle",
      "NotSupportedOperation",
      "PermissionDenied",
      "Uploaded",
      "UploadFailure",
      "Uploading"
    ],
    "ValueFormat": [
      "Raw",
      "SignedData"
    ]
  },
  "types": {
    "AuthorizationData": {
      "properties": {
        "idTag": {
          "type": "string",
          "maxLength": 20
        },
        "idTagInfo": {
          "type": "object",
          "ref": "IdTagInfo"
        }
      },
      "required": [
        "idTag"
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
    "ChargingProfile": {
      "properties": {
        "chargingProfileId": {
          "type": "integer"
        },
        "transactionId": {
          "type": "integer"
        },
        "stackLevel": {
          "type": "integer"
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeType"
        },
        "chargingProfileKind": {
          "type": "enum",
          "enum": "ChargingProfileKindType"
        },
        "recurrencyKind": {
          "type": "enum",
          "enum": "RecurrencyKindType"
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
          "type": "object",
          "ref": "ChargingSchedule"
        }
      },
      "required": [
        "chargingProfileId",
        "stackLevel",
        "chargingProfilePurpose",
        "chargingProfileKind",
        "chargingSchedule"
      ],
      "open": false
    },
    "ChargingSchedule": {
      "properties": {
        "duration": {
          "type": "integer"
        },
        "startSchedule": {
          "type": "string",
          "format": "date-time"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitType"
        },
        "chargingSchedulePeriod": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "ChargingSchedulePeriod"
          }
        },
        "minChargingRate": {
          "type": "number",
          "multipleOf": 0.1
        }
      },
      "required": [
        "chargingRateUnit",
        "chargingSchedulePeriod"
      ],
      "open": false
    },
    "ChargingSchedulePeriod": {
      "properties": {
        "startPeriod": {
          "type": "integer"
        },
        "limit": {
          "type": "number",
          "multipleOf": 0.1
        },
        "numberPhases": {
          "type": "integer"
        }
      },
      "required": [
        "startPeriod",
        "limit"
      ],
      "open": false
    },
    "FirmwareType": {
      "properties": {
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
        "retrieveDateTime",
        "signingCertificate",
        "signature"
      ],
      "open": false
    },
    "IdTagInfo": {
      "properties": {
        "expiryDate": {
          "type": "string",
          "format": "date-time"
        },
        "parentIdTag": {
          "type": "string",
          "maxLength": 20
        },
        "status": {
          "type": "enum",
          "enum": "AuthorizationStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "KeyValue": {
      "properties": {
        "key": {
          "type": "string",
          "maxLength": 50
        },
        "readonly": {
          "type": "boolean"
        },
        "value": {
          "type": "string",
          "maxLength": 500
        }
      },
      "required": [
        "key",
        "readonly"
      ],
      "open": false
    },
    "LogParametersType": {
      "properties": {
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
    "MeterValue": {
      "properties": {
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "sampledValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "SampledValue"
          },
          "minItems": 1
        }
      },
      "required": [
        "timestamp",
        "sampledValue"
      ],
      "open": false
    },
    "SampledValue": {
      "properties": {
        "value": {
          "type": "string"
        },
        "context": {
          "type": "enum",
          "enum": "ReadingContext"
        },
        "format": {
          "type": "enum",
          "enum": "ValueFormat"
        },
        "measurand": {
          "type": "enum",
          "enum": "Measurand"
        },
        "phase": {
          "type": "enum",
          "enum": "Phase"
        },
        "location": {
          "type": "enum",
          "enum": "Location"
        },
        "unit": {
          "type": "enum",
          "enum": "UnitOfMeasure"
        }
      },
      "required": [
        "value"
      ],
      "open": false
    },
    "StopTransactionMeterValue": {
      "properties": {
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "sampledValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "StopTransactionSampledValue"
          }
        }
      },
      "required": [
        "timestamp",
        "sampledValue"
      ],
      "open": false
    },
    "StopTransactionSampledValue": {
      "properties": {
        "value": {
          "type": "string"
        },
        "context": {
          "type": "enum",
          "enum": "ReadingContext"
        },
        "format": {
          "type": "enum",
          "enum": "ValueFormat"
        },
        "measurand": {
          "type": "enum",
          "enum": "Measurand"
        },
        "phase": {
          "type": "enum",
          "enum": "Phase"
        },
        "location": {
          "type": "enum",
          "enum": "Location"
        },
        "unit": {
          "type": "enum",
          "enum": "StopTransactionUnitOfMeasure"
        }
      },
      "required": [
        "value"
      ],
      "open": false
    }
  },
  "messages": {
    "AuthorizeRequest": {
      "properties": {
        "idTag": {
          "type": "string",
          "maxLength": 20
        }
      },
      "required": [
        "idTag"
      ],
      "open": false
    },
    "AuthorizeResponse": {
      "properties": {
        "idTagInfo": {
          "type": "object",
          "ref": "IdTagInfo"
        }
      },
      "required": [
        "idTagInfo"
      ],
      "open": false
    },
    "BootNotificationRequest": {
      "properties": {
        "chargePointVendor": {
          "type": "string",
          "maxLength": 20
        },
        "chargePointModel": {
          "type": "string",
          "maxLength": 20
        },
        "chargePointSerialNumber": {
          "type": "string",
          "maxLength": 25
        },
        "chargeBoxSerialNumber": {
          "type": "string",
          "maxLength": 25
        },
        "firmwareVersion": {
          "type": "string",
          "maxLength": 50
        },
        "iccid": {
          "type": "string",
          "maxLength": 20
        },
        "imsi": {
          "type": "string",
          "maxLength": 20
        },
        "meterType": {
          "type": "string",
          "maxLength": 25
        },
        "meterSerialNumber": {
          "type": "string",
          "maxLength": 25
        }
      },
      "required": [
        "chargePointVendor",
        "chargePointModel"
      ],
      "open": false
    },
    "BootNotificationResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "RegistrationStatus"
        },
        "currentTime": {
          "type": "string",
          "format": "date-time"
        },
        "interval": {
          "type": "integer"
        }
      },
      "required": [
        "status",
        "currentTime",
        "interval"
      ],
      "open": false
    },
    "CancelReservationRequest": {
      "properties": {
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
        "status": {
          "type": "enum",
          "enum": "CancelReservationStatus"
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ChangeAvailabilityRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "type": {
          "type": "enum",
          "enum": "AvailabilityType"
        }
      },
      "required": [
        "connectorId",
        "type"
      ],
      "open": false
    },
    "ChangeAvailabilityResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "AvailabilityStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ChangeConfigurationRequest": {
      "properties": {
        "key": {
          "type": "string",
          "maxLength": 50
        },
        "value": {
          "type": "string",
          "maxLength": 500
        }
      },
      "required": [
        "key",
        "value"
      ],
      "open": false
    },
    "ChangeConfigurationResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ConfigurationStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearCacheRequest": {
      "properties": {},
      "required": [],
      "open": false
    },
    "ClearCacheResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearCacheStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ClearChargingProfileRequest": {
      "properties": {
        "id": {
          "type": "integer"
        },
        "connectorId": {
          "type": "integer"
        },
        "chargingProfilePurpose": {
          "type": "enum",
          "enum": "ChargingProfilePurposeType"
        },
        "stackLevel": {
          "type": "integer"
        }
      },
      "required": [],
      "open": false
    },
    "ClearChargingProfileResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ClearChargingProfileStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DataTransferRequest": {
      "properties": {
        "vendorId": {
          "type": "string",
          "maxLength": 255
        },
        "messageId": {
          "type": "string",
          "maxLength": 50
        },
        "data": {
          "type": "string"
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
          "enum": "DataTransferStatus"
        },
        "data": {
          "type": "string"
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DiagnosticsStatusNotificationRequest": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "DiagnosticsStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "DiagnosticsStatusNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "ExtendedTriggerMessageRequest": {
      "properties": {
        "requestedMessage": {
          "type": "enum",
          "enum": "MessageTriggerEnumType"
        },
        "connectorId": {
          "type": "integer"
        }
      },
      "required": [
        "requestedMessage"
      ],
      "open": false
    },
    "ExtendedTriggerMessageResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "TriggerMessageStatusEnumType"
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
          "enum": "FirmwareStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "FirmwareStatusNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "GetCompositeScheduleRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "duration": {
          "type": "integer"
        },
        "chargingRateUnit": {
          "type": "enum",
          "enum": "ChargingRateUnitType"
        }
      },
      "required": [
        "connectorId",
        "duration"
      ],
      "open": false
    },
    "GetCompositeScheduleResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "GetCompositeScheduleStatus"
        },
        "connectorId": {
          "type": "integer"
        },
        "scheduleStart": {
          "type": "string",
          "format": "date-time"
        },
        "chargingSchedule": {
          "type": "object",
          "ref": "ChargingSchedule"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetConfigurationRequest": {
      "properties": {
        "key": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "required": [],
      "open": false
    },
    "GetConfigurationResponse": {
      "properties": {
        "configurationKey": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "KeyValue"
          }
        },
        "unknownKey": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "required": [],
      "open": false
    },
    "GetDiagnosticsRequest": {
      "properties": {
        "location": {
          "type": "string",
          "format": "uri"
        },
        "retries": {
          "type": "integer"
        },
        "retryInterval": {
          "type": "integer"
        },
        "startTime": {
          "type": "string",
          "format": "date-time"
        },
        "stopTime": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "location"
      ],
      "open": false
    },
    "GetDiagnosticsResponse": {
      "properties": {
        "fileName": {
          "type": "string",
          "maxLength": 255
        }
      },
      "required": [],
      "open": false
    },
    "GetInstalledCertificateIdsRequest": {
      "properties": {
        "certificateType": {
          "type": "enum",
          "enum": "CertificateUseEnumType"
        }
      },
      "required": [
        "certificateType"
      ],
      "open": false
    },
    "GetInstalledCertificateIdsResponse": {
      "properties": {
        "certificateHashData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "CertificateHashDataType"
          },
          "minItems": 1
        },
        "status": {
          "type": "enum",
          "enum": "GetInstalledCertificateStatusEnumType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "GetLocalListVersionRequest": {
      "properties": {},
      "required": [],
      "open": false
    },
    "GetLocalListVersionResponse": {
      "properties": {
        "listVersion": {
          "type": "integer"
        }
      },
      "required": [
        "listVersion"
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
        "status": {
          "type": "enum",
          "enum": "LogStatusEnumType"
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
    "HeartbeatRequest": {
      "properties": {},
      "required": [],
      "open": false
    },
    "HeartbeatResponse": {
      "properties": {
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
        "certificateType": {
          "type": "enum",
          "enum": "CertificateUseEnumType"
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
        "status": {
          "type": "enum",
          "enum": "InstallCertificateStatusEnumType"
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "LogStatusNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "MeterValuesRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "transactionId": {
          "type": "integer"
        },
        "meterValue": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "MeterValue"
          },
          "minItems": 1
        }
      },
      "required": [
        "connectorId",
        "meterValue"
      ],
      "open": false
    },
    "MeterValuesResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "RemoteStartTransactionRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "idTag": {
          "type": "string",
          "maxLength": 20
        },
        "chargingProfile": {
          "type": "object",
          "ref": "ChargingProfile"
        }
      },
      "required": [
        "idTag"
      ],
      "open": false
    },
    "RemoteStartTransactionResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "RemoteStartStopStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "RemoteStopTransactionRequest": {
      "properties": {
        "transactionId": {
          "type": "integer"
        }
      },
      "required": [
        "transactionId"
      ],
      "open": false
    },
    "RemoteStopTransactionResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "RemoteStartStopStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "ReserveNowRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "expiryDate": {
          "type": "string",
          "format": "date-time"
        },
        "idTag": {
          "type": "string",
          "maxLength": 20
        },
        "parentIdTag": {
          "type": "string",
          "maxLength": 20
        },
        "reservationId": {
          "type": "integer"
        }
      },
      "required": [
        "connectorId",
        "expiryDate",
        "idTag",
        "reservationId"
      ],
      "open": false
    },
    "ReserveNowResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ReservationStatus"
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
          "enum": "ResetType"
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
          "enum": "ResetStatus"
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
        }
      },
      "required": [
        "type",
        "timestamp"
      ],
      "open": false
    },
    "SecurityEventNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "SendLocalListRequest": {
      "properties": {
        "listVersion": {
          "type": "integer"
        },
        "localAuthorizationList": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "AuthorizationData"
          }
        },
        "updateType": {
          "type": "enum",
          "enum": "UpdateType"
        }
      },
      "required": [
        "listVersion",
        "updateType"
      ],
      "open": false
    },
    "SendLocalListResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UpdateStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SetChargingProfileRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "csChargingProfiles": {
          "type": "object",
          "ref": "ChargingProfile"
        }
      },
      "required": [
        "connectorId",
        "csChargingProfiles"
      ],
      "open": false
    },
    "SetChargingProfileResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "ChargingProfileStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SignCertificateRequest": {
      "properties": {
        "csr": {
          "type": "string",
          "maxLength": 5500
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
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "SignedFirmwareStatusNotificationRequest": {
      "properties": {
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
    "SignedFirmwareStatusNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "SignedUpdateFirmwareRequest": {
      "properties": {
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
    "SignedUpdateFirmwareResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UpdateFirmwareStatusEnumType"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "StartTransactionRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "idTag": {
          "type": "string",
          "maxLength": 20
        },
        "meterStart": {
          "type": "integer"
        },
        "reservationId": {
          "type": "integer"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "connectorId",
        "idTag",
        "meterStart",
        "timestamp"
      ],
      "open": false
    },
    "StartTransactionResponse": {
      "properties": {
        "idTagInfo": {
          "type": "object",
          "ref": "IdTagInfo"
        },
        "transactionId": {
          "type": "integer"
        }
      },
      "required": [
        "idTagInfo",
        "transactionId"
      ],
      "open": false
    },
    "StatusNotificationRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        },
        "errorCode": {
          "type": "enum",
          "enum": "ChargePointErrorCode"
        },
        "info": {
          "type": "string",
          "maxLength": 50
        },
        "status": {
          "type": "enum",
          "enum": "ChargePointStatus"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "vendorId": {
          "type": "string",
          "maxLength": 255
        },
        "vendorErrorCode": {
          "type": "string",
          "maxLength": 50
        }
      },
      "required": [
        "connectorId",
        "errorCode",
        "status"
      ],
      "open": false
    },
    "StatusNotificationResponse": {
      "properties": {},
      "required": [],
      "open": false
    },
    "StopTransactionRequest": {
      "properties": {
        "idTag": {
          "type": "string",
          "maxLength": 20
        },
        "meterStop": {
          "type": "integer"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "transactionId": {
          "type": "integer"
        },
        "reason": {
          "type": "enum",
          "enum": "Reason"
        },
        "transactionData": {
          "type": "array",
          "items": {
            "type": "object",
            "ref": "StopTransactionMeterValue"
          }
        }
      },
      "required": [
        "transactionId",
        "timestamp",
        "meterStop"
      ],
      "open": false
    },
    "StopTransactionResponse": {
      "properties": {
        "idTagInfo": {
          "type": "object",
          "ref": "IdTagInfo"
        }
      },
      "required": [],
      "open": false
    },
    "TriggerMessageRequest": {
      "properties": {
        "requestedMessage": {
          "type": "enum",
          "enum": "MessageTrigger"
        },
        "connectorId": {
          "type": "integer"
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
          "enum": "TriggerMessageStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UnlockConnectorRequest": {
      "properties": {
        "connectorId": {
          "type": "integer"
        }
      },
      "required": [
        "connectorId"
      ],
      "open": false
    },
    "UnlockConnectorResponse": {
      "properties": {
        "status": {
          "type": "enum",
          "enum": "UnlockStatus"
        }
      },
      "required": [
        "status"
      ],
      "open": false
    },
    "UpdateFirmwareRequest": {
      "properties": {
        "location": {
          "type": "string",
          "format": "uri"
        },
        "retries": {
          "type": "integer"
        },
        "retrieveDate": {
          "type": "string",
          "format": "date-time"
        },
        "retryInterval": {
          "type": "integer"
        }
      },
      "required": [
        "location",
        "retrieveDate"
      ],
      "open": false
    },
    "UpdateFirmwareResponse": {
      "properties": {},
      "required": [],
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
    "ChangeConfiguration": {
      "request": "ChangeConfigurationRequest",
      "response": "ChangeConfigurationResponse"
    },
    "ClearCache": {
      "request": "ClearCacheRequest",
      "response": "ClearCacheResponse"
    },
    "ClearChargingProfile": {
      "request": "ClearChargingProfileRequest",
      "response": "ClearChargingProfileResponse"
    },
    "DataTransfer": {
      "request": "DataTransferRequest",
      "response": "DataTransferResponse"
    },
    "DeleteCertificate": {
      "request": "DeleteCertificateRequest",
      "response": "DeleteCertificateResponse"
    },
    "DiagnosticsStatusNotification": {
      "request": "DiagnosticsStatusNotificationRequest",
      "response": "DiagnosticsStatusNotificationResponse"
    },
    "ExtendedTriggerMessage": {
      "request": "ExtendedTriggerMessageRequest",
      "response": "ExtendedTriggerMessageResponse"
    },
    "FirmwareStatusNotification": {
      "request": "FirmwareStatusNotificationRequest",
      "response": "FirmwareStatusNotificationResponse"
    },
    "GetCompositeSchedule": {
      "request": "GetCompositeScheduleRequest",
      "response": "GetCompositeScheduleResponse"
    },
    "GetConfiguration": {
      "request": "GetConfigurationRequest",
      "response": "GetConfigurationResponse"
    },
    "GetDiagnostics": {
      "request": "GetDiagnosticsRequest",
      "response": "GetDiagnosticsResponse"
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
    "RemoteStartTransaction": {
      "request": "RemoteStartTransactionRequest",
      "response": "RemoteStartTransactionResponse"
    },
    "RemoteStopTransaction": {
      "request": "RemoteStopTransactionRequest",
      "response": "RemoteStopTransactionResponse"
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
    "SignCertificate": {
      "request": "SignCertificateRequest",
      "response": "SignCertificateResponse"
    },
    "SignedFirmwareStatusNotification": {
      "request": "SignedFirmwareStatusNotificationRequest",
      "response": "SignedFirmwareStatusNotificationResponse"
    },
    "SignedUpdateFirmware": {
      "request": "SignedUpdateFirmwareRequest",
      "response": "SignedUpdateFirmwareResponse"
    },
    "StartTransaction": {
      "request": "StartTransactionRequest",
      "response": "StartTransactionResponse"
    },
    "StatusNotification": {
      "request": "StatusNotificationRequest",
      "response": "StatusNotificationResponse"
    },
    "StopTransaction": {
      "request": "StopTransactionRequest",
      "response": "StopTransactionResponse"
    },
    "TriggerMessage": {
      "request": "TriggerMessageRequest",
      "response": "TriggerMessageResponse"
    },
    "UnlockConnector": {
      "request": "UnlockConnectorRequest",
      "response": "UnlockConnectorResponse"
    },
    "UpdateFirmware": {
      "request": "UpdateFirmwareRequest",
      "response": "UpdateFirmwareResponse"
    }
  }
}`) as ModelDescription;
