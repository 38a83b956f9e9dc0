/// Pinecone's error codes (`NOT_FOUND`, `ALREADY_EXISTS`, …): an open enum from the spec's `ErrorResponse`.
public typealias ErrorCode = ErrorResponse.ErrorPayload.Code

extension APIError {
    /// The body as Pinecone's `ErrorResponse`, when it is one.
    public var errorResponse: ErrorResponse? { decodeBody(as: ErrorResponse.self) }

    /// Pinecone's error code, when the body names one.
    public var errorCode: ErrorCode? { code.map(ErrorCode.init(rawValue:)) }
}

extension ClientError {
    /// Pinecone's error code, for an error response that names one.
    public var errorCode: ErrorCode? { apiError?.errorCode }
}
