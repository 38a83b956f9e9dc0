import Foundation

extension BackupModel {
    /// When the backup was created, parsed from ``createdAt``.
    ///
    /// Pinecone's spec declares `created_at` as a plain string, so the generated property is a `String`
    /// (kept as sent, so `--json` and re-encoding never rewrite it). This parses it as RFC 3339, leniently:
    /// any number of fractional digits, `Z` or an offset, `T`, `t` or a space between date and time.
    /// `nil` when there is no timestamp or it is not one.
    public var createdDate: Date? {
        createdAt.flatMap(RFC3339.date(from:))
    }
}
