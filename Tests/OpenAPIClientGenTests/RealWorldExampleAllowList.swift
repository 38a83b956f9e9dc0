extension RealWorldSpecsTests {
    /// Examples in the real-world specs that contradict their own schema, so no correct client can
    /// round-trip them: "spec location" → why. Reviewed one by one; an entry that stops failing is
    /// reported, so the list cannot go stale. A generator bug never belongs here. Only the specs
    /// compiled in CI are listed; `Scripts/check-realworld-specs.sh` reports the others' as failures.
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
        ]
        for (reason, examples) in groups {
            for example in examples { entries[example] = reason }
        }
        return entries
    }()
}
