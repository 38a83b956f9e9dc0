import Foundation

/// A response body: either all its bytes at once, or a stream of chunks as they arrive.
///
/// Buffered bodies cost nothing beyond their `Data`; streamed ones are read once. Ending iteration
/// of a streamed body early (or cancelling the consuming task) cancels the request.
public struct HTTPBody: Sendable {
    enum Storage: Sendable {
        case buffered(Data)
        case streamed(AsyncThrowingStream<Data, any Error>)
    }

    let storage: Storage

    /// A body whose bytes are all here.
    public init(_ data: Data = Data()) {
        storage = .buffered(data)
    }

    /// A body that arrives in chunks.
    public init(stream: AsyncThrowingStream<Data, any Error>) {
        storage = .streamed(stream)
    }

    /// The bytes when they are all here already (a buffered body), else `nil`.
    public var bufferedData: Data? {
        if case .buffered(let data) = storage { return data }
        return nil
    }

    /// The body's chunks in the order they arrive; a buffered body is one chunk (none when empty).
    public var chunks: AsyncThrowingStream<Data, any Error> {
        switch storage {
        case .streamed(let stream):
            return stream
        case .buffered(let data):
            let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
            if !data.isEmpty { continuation.yield(data) }
            continuation.finish()
            return stream
        }
    }

    /// Reads the body into memory, up to `limit` bytes (the rest is not read).
    public func collect(upTo limit: Int = .max) async throws -> Data {
        if case .buffered(let data) = storage { return data.count > limit ? data.prefix(limit) : data }
        var data = Data()
        for try await chunk in chunks {
            data.append(chunk.prefix(limit - data.count))
            if data.count >= limit { break }
        }
        return data
    }
}
