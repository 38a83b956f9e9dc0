extension RealWorldSpecsTests {
    /// Examples in the real-world specs that contradict their own schema, so no correct client can
    /// round-trip them: "spec location" → why. Reviewed one by one; an entry that stops failing is
    /// reported, so the list cannot go stale. A generator bug never belongs here. Every spec's
    /// examples are listed, not only those of the specs compiled in CI: an entry is checked for
    /// staleness only in a run that compiles its spec, so the default `swift test` checks the CI set's
    /// and `Scripts/check-realworld-specs.sh` (`REALWORLD_COMPILE=all`) checks all of them. An entry
    /// whose spec does not exist under the folder is reported in every run.
    static let knownContradictions: [String: String] = {
        var entries: [String: String] = [:]
        let groups: [(reason: String, examples: [String])] = [
            (
                "Twilio writes `format: date-time` but the example is a date or another format, not RFC 3339",
                [
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.EndTime.examples.readFullPage1",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.EndTime.examples.readFullPage2",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.EndTime<.examples.readEmptyDateFunDateFormats",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.EndTime<.examples.readEmptyDatesLess",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.EndTime>.examples.readEmptyDatesGreater",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.StartTime.examples.readFullPage1",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.StartTime.examples.readFullPage2",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.StartTime<.examples.readEmptyDateFunDateFormats",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.StartTime<.examples.readEmptyDatesLess",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls.json.get.parameters.query.StartTime>.examples.readEmptyDatesGreater",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent.examples.readEmptySentdateEquals",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent<.examples.readEmptySentdateLess",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent>.examples.readEmptySentdateGreater",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent>.examples.readEmptySentdateGreaterFormat1",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent>.examples.readEmptySentdateGreaterFormat2",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent>.examples.readEmptySentdateGreaterFormat3",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages.json.get.parameters.query.DateSent>.examples.readFullPage1",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json.get.parameters.query.DateCreated<.examples.readEmptyDatecreatedLess",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json.get.parameters.query.DateCreated>.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated.examples.readIncludeSoftDeleted",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated<.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated<.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated<.examples.readIncludeSoftDeleted",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated>.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated>.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings.json.get.parameters.query.DateCreated>.examples.readIncludeSoftDeleted",
                    "twilio/twilio_monitor_v1 paths./v1/Alerts.get.parameters.query.StartDate.examples.readEmpty",
                    "twilio/twilio_monitor_v1 paths./v1/Alerts.get.parameters.query.StartDate.examples.readFull",
                    "twilio/twilio_monitor_v1 paths./v1/Alerts.get.parameters.query.EndDate.examples.readEmpty",
                    "twilio/twilio_monitor_v1 paths./v1/Alerts.get.parameters.query.EndDate.examples.readFull",
                ]
            ),
            (
                "the schema says `type: number`, the example holds the number as a string (Twilio's prices and coordinates)",
                [
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Transcriptions.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/LastMonth.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/Monthly.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/ThisMonth.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/Yearly.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/OperatorResults.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v1 paths./v1/Messaging/Countries/{IsoCountry}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v1 paths./v1/PhoneNumbers/Countries/{IsoCountry}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v1 paths./v1/Voice/Countries/{IsoCountry}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v1 paths./v1/Voice/Numbers/{Number}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v2 paths./v2/Trunking/Countries/{IsoCountry}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v2 paths./v2/Trunking/Numbers/{DestinationNumber}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v2 paths./v2/Trunking/Numbers/{DestinationNumber}.get.responses.200.application/json.examples.fetchWithOrigination",
                    "twilio/twilio_pricing_v2 paths./v2/Voice/Countries/{IsoCountry}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_pricing_v2 paths./v2/Voice/Numbers/{DestinationNumber}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readAll",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readAllDay",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readAllHour",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDaySimFilter",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayNetworkFilter",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayCountryFilter",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayFleetFilter",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayGroupBySim",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayGroupByFleet",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayGroupByNetwork",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayGroupByIsoCountry",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readDayGroupBySimAndFilterByCountry",
                    "twilio/twilio_supersim_v1 paths./v1/UsageRecords.get.responses.200.application/json.examples.readAllNoBilling",
                ]
            ),
            (
                "the schema says `type: boolean`, the parameter's example is the string \"true\"/\"false\"",
                [
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/MachineToMachine.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/MachineToMachine.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/National.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/National.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/TollFree.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/TollFree.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Voip.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Voip.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json.get.parameters.query.Hold.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json.get.parameters.query.Muted.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json.get.parameters.query.Muted.examples.readNext",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json.get.parameters.query.Muted.examples.readPrevious",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree.json.get.parameters.query.Beta.examples.readEmpty",
                    "twilio/twilio_api_v2010 paths./2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree.json.get.parameters.query.Beta.examples.readFull",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted.get.parameters.query.Redacted.examples.fetchRedacted",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/Sentences/Encrypted.get.parameters.query.Redacted.examples.fetchRedacted",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{Sid}/Media.get.parameters.query.Redacted.examples.fetchParams",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/OperatorResults.get.parameters.query.Redacted.examples.readFull",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}.get.parameters.query.Redacted.examples.fetch",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/Sentences.get.parameters.query.Redacted.examples.readParams",
                    "twilio/twilio_intelligence_v2 paths./v2/Transcripts/{TranscriptSid}/Sentences.get.parameters.query.WordTimestamps.examples.readParams",
                    "twilio/twilio_numbers_v2 paths./v2/RegulatoryCompliance/Bundles.get.parameters.query.HasValidUntilDate.examples.readApprovedAuMobileWithDate",
                ]
            ),
            (
                "the schema says `type: array`, the parameter's example is one string (the serialized form)",
                [
                    "twilio/twilio_taskrouter_v1 paths./v1/Workspaces/{WorkspaceSid}/Tasks.get.parameters.query.AssignmentStatus.examples.readEmpty",
                    "twilio/twilio_taskrouter_v1 paths./v1/Workspaces/{WorkspaceSid}/Tasks.get.parameters.query.AssignmentStatus.examples.readFull",
                ]
            ),
            (
                "the example on an array alternative of the oneOf is a string: it belongs to another alternative",
                [
                    "openai/openapi components.schemas.CreateCompletionRequest.properties.prompt.oneOf.2.example",
                    "openai/openapi components.schemas.CreateCompletionRequest.properties.prompt.oneOf.3.example",
                    "openai/openapi components.schemas.CreateEmbeddingRequest.properties.input.oneOf.2.example",
                    "openai/openapi components.schemas.CreateEmbeddingRequest.properties.input.oneOf.3.example",
                ]
            ),
            (
                "the schema says `type: object`, the example is the object written as a JSON string",
                [
                    "openai/openapi components.schemas.CreateEvalCustomDataSourceConfig.properties.item_schema.example",
                    "openai/openapi components.schemas.CreateEvalLogsDataSourceConfig.properties.metadata.example",
                    "openai/openapi components.schemas.CreateEvalStoredCompletionsDataSourceConfig.properties.metadata.example",
                    "openai/openapi components.schemas.EvalCustomDataSourceConfig.properties.schema.example",
                ]
            ),
            (
                "the schema says a number type, the example is a string",
                [
                    "readme-oas-examples/3.0/yaml/schema-validation paths./anything/oas-formats.get.parameters.query.double.schema.example",
                    "readme-oas-examples/3.0/yaml/schema-validation paths./anything/oas-formats.get.parameters.query.float.schema.example",
                    "readme-oas-examples/3.0/yaml/schema-validation paths./anything/oas-formats.get.parameters.query.int32.schema.example",
                    "readme-oas-examples/3.0/yaml/schema-validation paths./anything/oas-formats.get.parameters.query.int64.schema.example",
                    "readme-oas-examples/3.1/yaml/schema-validation-local paths./anything/oas-formats.get.parameters.query.int32.schema.example",
                    "readme-oas-examples/3.1/yaml/schema-validation-local paths./anything/oas-formats.get.parameters.query.int64.schema.example",
                    "readme-oas-examples/3.1/yaml/schema-validation-local paths./anything/oas-formats.get.parameters.query.float.schema.example",
                    "readme-oas-examples/3.1/yaml/schema-validation-local paths./anything/oas-formats.get.parameters.query.double.schema.example",
                ]
            ),
            (
                "the example has 'privacy_policy_url', which this schema does not declare (only the _v2 schema does)",
                [
                    "twilio/twilio_messaging_v1 paths./v1/Services/{MessagingServiceSid}/Compliance/Usa2p.get.responses.200.application/json.examples.readFullWithExtendedFieldsAndHeader",
                    "twilio/twilio_messaging_v1 paths./v1/Services/{MessagingServiceSid}/Compliance/Usa2p.post.responses.201.application/json.examples.createWithExtendedFieldsAndHeader",
                    "twilio/twilio_messaging_v1 paths./v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}.get.responses.200.application/json.examples.fetchWithExtendedFields",
                    "twilio/twilio_messaging_v1 paths./v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}.post.responses.200.application/json.examples.update",
                ]
            ),
            (
                "the example lacks a property the schema requires",
                [
                    "openai/openapi components.schemas.BetaCompactResource.example",
                    "openai/openapi components.schemas.ChatSessionResource.example",
                    "openai/openapi components.schemas.CompactResource.example",
                ]
            ),
            (
                "the example is not among the enum's values (another case, or a placeholder)",
                [
                    "readme-oas-examples/3.0/yaml/schema-enums paths./anything/strings.post.requestBody.application/json.schema.properties.enum (with non-value example) *required.example",
                    "readme-oas-examples/3.0/yaml/schema-enums paths./anything/strings.post.requestBody.application/json.schema.properties.enum (with non-value example).example",
                    "twilio/twilio_conversations_v1 paths./v1/Conversations/{ConversationSid}/Messages.get.parameters.query.Order.examples.readLastMessage_ienumOrderMixedCaseAsc",
                    "twilio/twilio_conversations_v1 paths./v1/Conversations/{ConversationSid}/Messages.get.parameters.query.Order.examples.readLastMessage_ienumOrderMixedCaseDesc",
                    "twilio/twilio_conversations_v1 paths./v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages.get.parameters.query.Order.examples.readFullOrderAscMixedAsc",
                    "twilio/twilio_conversations_v1 paths./v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages.get.parameters.query.Order.examples.readFullOrderDescMixedDesc",
                    "twilio/twilio_preview paths./wireless/Sims/{Sid}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_preview paths./wireless/Sims/{Sid}.post.responses.200.application/json.examples.update",
                    "twilio/twilio_preview paths./wireless/Sims.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_video_v1 paths./v1/Recordings/{Sid}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_video_v1 paths./v1/Recordings.get.responses.200.application/json.examples.readResults",
                    "twilio/twilio_video_v1 paths./v1/Rooms/{RoomSid}/Recordings/{Sid}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_video_v1 paths./v1/Rooms/{RoomSid}/Recordings.get.responses.200.application/json.examples.readResults",
                ]
            ),
            (
                "the output message's text content lacks 'logprobs', which OutputTextContent requires, so no alternative of the oneOf fits",
                [
                    "openai/openapi components.schemas.BetaResponse.example",
                    "openai/openapi components.schemas.Response.example",
                ]
            ),
            (
                "discriminator 'type' without a mapping: its implicit values are the schema names ('ActiveStatus'), the example sends 'active'",
                [
                    "openai/openapi components.schemas.ThreadResource.example",
                ]
            ),
            (
                "the example has keys the schema does not declare, and the schema declares no `additionalProperties`: a generated struct drops undeclared keys on re-encoding by design, as swift-openapi-generator's does (readme's `email` on Tag, `summary`/`description` written inside a User value; Twilio's proxy capabilities `sms_outbound`/`voice_inbound`)",
                [
                    "readme-oas-examples/3.0/yaml/readme-extensions paths./x-code-samples.post.requestBody.application/json.examples.userRegistration",
                    "readme-oas-examples/3.0/yaml/readme-extensions paths./x-code-samples.post.requestBody.application/json.examples.userRegistration alt",
                    "readme-oas-examples/3.0/yaml/request-examples paths./parameterExamples/{param1}/{param2}.get.responses.200.application/json.examples.userRegistration",
                    "readme-oas-examples/3.0/yaml/request-examples paths./parameterExamples/{param1}/{param2}.patch.responses.200.application/json.examples.userRegistration",
                    "twilio/twilio_proxy_v1 paths./v1/Services/{ServiceSid}/PhoneNumbers.get.responses.200.application/json.examples.readFull",
                    "twilio/twilio_proxy_v1 paths./v1/Services/{ServiceSid}/PhoneNumbers.post.responses.201.application/json.examples.create",
                    "twilio/twilio_proxy_v1 paths./v1/Services/{ServiceSid}/PhoneNumbers/{Sid}.get.responses.200.application/json.examples.fetch",
                    "twilio/twilio_proxy_v1 paths./v1/Services/{ServiceSid}/PhoneNumbers/{Sid}.post.responses.200.application/json.examples.update",
                ]
            ),
            (
                "the example is a `$ref` object; OpenAPI does not resolve references inside `example` (a literal value), so it is an object with a `$ref` key for a schema without one",
                [
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody.put.requestBody.application/json.example",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody.put.responses.200.application/json.example",
                ]
            ),
            (
                "the schema is an object or an array of objects, the example is that JSON written as a string (readme's stringified-JSON corner)",
                [
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.put.requestBody.application/json.examples.cat",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.put.requestBody.application/json.examples.dog",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.put.responses.200.application/json.examples.cat",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.put.responses.200.application/json.examples.dog",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.patch.requestBody.application/json.examples.cat",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.patch.requestBody.application/json.examples.dog",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.patch.responses.200.application/json.examples.cat",
                    "readme-oas-examples/3.0/yaml/request-examples paths./requestBody-primitive-example.patch.responses.200.application/json.examples.dog",
                ]
            ),
            (
                "the schema says `type: object`, the example is a curl form argument (`file=@2018-report.pdf`)",
                [
                    "readme-oas-examples/3.0/yaml/schema-circular components.schemas.FormDataBodyPart.example",
                ]
            ),
            (
                "the example's `imei: 014931000129700` is unquoted: YAML 1.2's core schema (which OpenAPI recommends and the generator reads by) makes it an integer, the schema says `type: string` (a YAML 1.1 reader would keep it a string)",
                [
                    "twilio/twilio_wireless_v1 paths./v1/Sims/{SimSid}/DataSessions.get.responses.200.application/json.examples.fetch",
                ]
            ),
        ]
        for (reason, examples) in groups {
            for example in examples { entries[example] = reason }
        }
        return entries
    }()
}
