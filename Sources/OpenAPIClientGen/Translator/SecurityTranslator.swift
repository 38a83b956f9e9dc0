/// Translates security requirements into the credentials each request carries.
///
/// Inputs: the requirement and the document's security schemes; output: the alternatives, each a set
/// of credentials sent together. Schemes the client cannot fill (`oauth2`, `openIdConnect`) are left
/// out of the alternatives; ``warnings(_:)`` reports each of them once, at its declaration.
enum SecurityTranslator {
    static func alternatives(
        _ requirements: [SecurityRequirement], schemes: OrderedMap<Referenceable<SecurityScheme>>
    ) -> [[OperationDeclaration.Security]] {
        requirements.map { requirement in
            requirement.schemes.compactMap { scheme -> OperationDeclaration.Security? in
                guard let item = schemes[scheme.name], let resolved = schemes.resolve(item) else { return nil }
                return security(resolved.kind)
            }
        }.filter { !$0.isEmpty }
    }

    /// The credential a scheme asks for, or `nil` for one the runtime cannot send.
    static func security(_ kind: SecurityScheme.Kind) -> OperationDeclaration.Security? {
        switch kind {
        case .apiKey(let name, .header): .apiKeyHeader(name)
        case .apiKey(let name, .query): .apiKeyQuery(name)
        case .http(let scheme, _) where scheme.lowercased() == "bearer": .bearer
        case .http(let scheme, _) where scheme.lowercased() == "basic": .basic
        default: nil
        }
    }

    /// One warning per declared scheme the client sends no credentials for, whether or not an
    /// operation uses it yet: the spec's author learns it up front.
    static func warnings(_ schemes: OrderedMap<Referenceable<SecurityScheme>>, into diagnostics: inout DiagnosticCollector) {
        for (name, item) in schemes {
            guard case .value(let scheme) = item, security(scheme.kind) == nil else { continue }
            if scheme.kind == .mutualTLS {
                diagnostics.warning("security scheme '\(name)' (mutualTLS): the client certificate comes from the transport's TLS settings (a URLSession or HTTPClient configured with it); requests carry nothing for it", at: scheme.mark)
                continue
            }
            diagnostics.warning("security scheme '\(name)' (\(describe(scheme.kind))) is not supported; requests carry no credentials for it", at: scheme.mark)
        }
    }

    private static func describe(_ kind: SecurityScheme.Kind) -> String {
        switch kind {
        case .apiKey(_, let location): "apiKey in \(location.rawValue)"
        case .http(let scheme, _): "http \(scheme)"
        case .oauth2: "oauth2"
        case .openIdConnect: "openIdConnect"
        case .mutualTLS: "mutualTLS"
        }
    }
}
