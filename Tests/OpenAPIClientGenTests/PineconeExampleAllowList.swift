extension PineconeSpecsTests {
    /// Examples in Pinecone's specs that contradict their own schema, so no correct client can
    /// round-trip them: "spec location" → why. Reviewed one by one; an entry that stops failing is
    /// reported, so the list cannot go stale. A generator bug never belongs here.
    static let knownContradictions: [String: String] = {
        var entries: [String: String] = [:]
        let fullness = "the example's 'index_fullness' is not a property; the schema names it 'indexFullness'"
        for (spec, schema) in [
            ("data_2024-04", "DescribeIndexStatsResponse"), ("data_2024-07", "DescribeIndexStatsResponse"),
            ("db_data_2024-10", "IndexDescription"), ("db_data_2025-01", "IndexDescription"),
            ("db_data_2025-04", "IndexDescription"), ("db_data_2025-10", "IndexDescription"),
        ] {
            entries["\(spec) components.schemas.\(schema).example"] = fullness
        }
        let protection = "the example's 'delete_protection' is not a property; the schema names it 'deletion_protection'"
        for spec in ["control_2024-07", "db_control_2024-10", "db_control_2025-01", "db_control_2025-04", "db_control_2025-10"] {
            entries["\(spec) paths./indexes/{index_name}.patch.requestBody.application/json.examples.disable-deletion-protection"] = protection
        }
        entries["db_control_2025-01 paths./indexes.post.requestBody.application/json.examples.serverless-index"] =
            "'spec.serverless.source_collection' is not a property of ServerlessSpec in this version (only of PodSpec)"
        return entries
    }()
}
