#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation
import PineconeControl

extension Tables {
    static func indexes(_ indexes: [IndexModel]) -> Table {
        Table(
            header: ["NAME", "STATUS", "DIMENSION", "METRIC", "TYPE", "PROTECTION", "HOST"],
            rows: indexes.map { index in
                [index.name, index.status.state.rawValue, index.dimension.map { "\($0)" } ?? "-", index.metric.rawValue,
                 index.vectorType, index.deletionProtection?.rawValue ?? "-", index.host.isEmpty ? "-" : index.host]
            })
    }

    static func details(of index: IndexModel) -> String {
        keyValues([
            ("Name", index.name), ("Status", index.status.state.rawValue + (index.status.ready ? "" : " (not ready)")),
            ("Host", index.host), ("Private host", index.privateHost), ("Dimension", index.dimension.map { "\($0)" }),
            ("Metric", index.metric.rawValue), ("Vector type", index.vectorType), ("Deployment", deployment(of: index.spec)),
            ("Deletion protection", index.deletionProtection?.rawValue), ("Embedding model", index.embed?.model),
            ("Tags", index.tags.map(tags)),
        ])
    }

    /// `serverless aws us-east-1`, `pod us-east1-gcp p1.x1`, `byoc <environment>`: read from the spec's JSON,
    /// whose Swift shape differs between Pinecone's API versions (a oneOf in 2025-10, an object in 2025-04).
    static func deployment(of spec: some Encodable) -> String? {
        guard let data = try? JSONEncoder().encode(spec),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let (kind, value) = object.first(where: { $0.value is [String: Any] }),
              let settings = value as? [String: Any]
        else { return nil }
        let details = ["cloud", "region", "environment", "pod_type"].compactMap { settings[$0] as? String }
        return ([kind] + details).joined(separator: " ")
    }
}
#endif
