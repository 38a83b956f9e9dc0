import Foundation

/// When and how a failed request is sent again.
///
/// Retried: the statuses in ``retryableStatuses`` (408, 429, 500, 502, 503, 504 by default) and
/// transport failures, for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE). A POST or PATCH is
/// retried only when it provably never reached the server (the connection could not be made), so a
/// timed-out `create_backup` never becomes two backups. Waits grow exponentially with jitter; a
/// `Retry-After` header (seconds or an HTTP date) is honoured up to ``maximumRetryAfter``.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maximumAttempts: Int
    /// The wait before the first retry; each later wait is ``multiplier`` times longer.
    public var initialBackoff: Duration
    public var multiplier: Double
    /// No single computed wait exceeds this.
    public var maximumBackoff: Duration
    /// How much of each wait is random: 0.5 means a wait of `d` becomes one in `d/2…d`.
    public var jitter: Double
    /// A longer `Retry-After` is shortened to this.
    public var maximumRetryAfter: Duration
    /// No retry starts once this much time has passed since the first attempt.
    public var maximumTotalTime: Duration
    public var retryableStatuses: Set<Int>

    public init(
        maximumAttempts: Int = 3, initialBackoff: Duration = .milliseconds(500), multiplier: Double = 2,
        maximumBackoff: Duration = .seconds(10), jitter: Double = 0.5, maximumRetryAfter: Duration = .seconds(30),
        maximumTotalTime: Duration = .seconds(60), retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialBackoff = initialBackoff
        self.multiplier = multiplier
        self.maximumBackoff = maximumBackoff
        self.jitter = min(max(jitter, 0), 1)
        self.maximumRetryAfter = maximumRetryAfter
        self.maximumTotalTime = maximumTotalTime
        self.retryableStatuses = retryableStatuses
    }

    /// 3 attempts, 0.5 s then 1 s (with jitter), `Retry-After` up to 30 s, 60 s in all.
    public static let `default` = RetryPolicy()
    /// One attempt: no retries.
    public static let disabled = RetryPolicy(maximumAttempts: 1)

    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "QUERY"]

    /// The computed wait before attempt `attempt + 1` (attempt counts from 1).
    func backoff(after attempt: Int, random: Double = Double.random(in: 0...1)) -> Duration {
        let base = initialBackoff * pow(multiplier, Double(attempt - 1))
        let capped = min(base, maximumBackoff)
        return capped * (1 - jitter * random)
    }

    /// The wait a `Retry-After` value asks for: delta-seconds or an HTTP date; `nil` if unreadable.
    static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return seconds >= 0 ? .seconds(seconds) : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
            }
        }
        return nil
    }
}
