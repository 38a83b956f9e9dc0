import Foundation
import HTTPTypes
import Logging

extension ClientCore {
    /// Sends one attempt and logs it: a `curl` command at `trace` before, one line at `debug` after.
    /// Credentials never reach the logger (see ``CurlCommand`` and ``Redaction``).
    func logged(
        _ http: HTTPRequest, body: Data?, context: MiddlewareContext, security: [[ClientRequest.Security]], streaming: Bool
    ) async throws -> (HTTPResponse, HTTPBody) {
        let logger = shared.configuration.logger
        guard logger.logLevel <= .debug else {
            // Logging off (the default): no metadata is built, no clock read.
            return try await transportCall(http, body: body, operationID: context.operationID, streaming: streaming)
        }
        if logger.logLevel <= .trace {
            let command = CurlCommand(http, body: body, sensitiveFields: Redaction.sensitiveFields(security), secrets: secrets)
            logger.trace("\(command.text)", metadata: ["operation": "\(context.operationID)", "attempt": "\(context.attempt)"])
        }
        var metadata: Logger.Metadata = [
            "operation": "\(context.operationID)", "method": "\(http.method.rawValue)",
            "path": "\(Redaction.text(http.path ?? "", secrets))", "attempt": "\(context.attempt)",
        ]
        let start = ContinuousClock.now
        do {
            let (response, responseBody) = try await transportCall(http, body: body, operationID: context.operationID, streaming: streaming)
            metadata["duration_ms"] = "\(Self.milliseconds(ContinuousClock.now - start))"
            metadata["status"] = "\(response.status.code)"
            if let id = requestID(of: response) { metadata["request_id"] = "\(Redaction.text(id, secrets))" }
            logger.debug("HTTP \(response.status.code)", metadata: metadata)
            return (response, responseBody)
        } catch {
            metadata["duration_ms"] = "\(Self.milliseconds(ContinuousClock.now - start))"
            metadata["error"] = "\(Redaction.text(String(describing: error), secrets))"
            logger.debug("HTTP request failed", metadata: metadata)
            throw error
        }
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
