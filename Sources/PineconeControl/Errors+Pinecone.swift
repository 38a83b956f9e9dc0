import Foundation
@_spi(Generated) import OpenAPIClientRuntime

/// Pinecone's error codes (`NOT_FOUND`, `ALREADY_EXISTS`, …): an open enum from the spec's `ErrorResponse`.
public typealias ErrorCode = ErrorResponse.ErrorPayload.Code

extension APIError {
    /// The body as Pinecone's `ErrorResponse`, when it is one.
    public var errorResponse: ErrorResponse? { decodeBody(as: ErrorResponse.self) }

    /// Pinecone's error code, when the body names one.
    public var errorCode: ErrorCode? { (code ?? Client.errorDetails(body).code).map(ErrorCode.init(rawValue:)) }
}

extension Client {
    /// Reads Pinecone's error bodies for ``APIError/code`` and ``APIError/message``: the spec's
    /// `ErrorResponse` (`{"error": {"code", "message"}, "status"}`), and the shapes the service also
    /// sends (`code` and `message` at the top level, a gRPC-style number as the code).
    /// ``pineconeConfiguration(apiKey:host:timeout:additionalHeaders:middlewares:logger:environment:)``
    /// sets it as the configuration's `errorDetails`.
    public static let errorDetails: @Sendable (Data) -> (code: String?, message: String?) = { body in
        if let response = try? JSONCoding.makeDecoder().decode(ErrorResponse.self, from: body) {
            return (response.error.code.rawValue, response.error.message)
        }
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return (nil, nil) }
        func text(_ value: Any?) -> String? {
            switch value {
            case let string as String: string
            case let number as NSNumber: number.stringValue
            default: nil
            }
        }
        if let error = object["error"] as? [String: Any] {
            return (text(error["code"]), text(error["message"]))
        }
        return (text(object["code"]), text(object["message"]) ?? text(object["error"]))
    }
}

extension ClientError {
    /// Pinecone's error code, for an error response that names one.
    public var errorCode: ErrorCode? { apiError?.errorCode }
}
