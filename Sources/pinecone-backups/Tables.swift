#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation
import PineconeControl

/// Rows under a header, each column as wide as its widest cell.
struct Table {
    var header: [String]
    var rows: [[String]]

    var rendered: String {
        guard !rows.isEmpty else { return "(none)" }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { cells in
            var line = ""
            for (column, cell) in cells.enumerated() {
                line += column == cells.count - 1 ? cell : cell.padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0)
            }
            return line
        }.joined(separator: "\n")
    }
}

/// How the CLI shows Pinecone's models to a person: lists as tables, one item as a key/value block.
enum Tables {
    static func backups(_ backups: [BackupModel]) -> Table {
        Table(
            header: ["ID", "NAME", "INDEX", "STATUS", "RECORDS", "SIZE", "CREATED"],
            rows: backups.map { backup in
                [backup.backupId, backup.name ?? "-", backup.sourceIndexName, backup.status,
                 backup.recordCount.map(String.init) ?? "-", backup.sizeBytes.map(byteCount) ?? "-", created(backup, seconds: false)]
            })
    }

    static func restoreJobs(_ jobs: [RestoreJobModel]) -> Table {
        Table(
            header: ["JOB ID", "BACKUP", "TARGET INDEX", "STATUS", "PROGRESS", "CREATED"],
            rows: jobs.map { job in
                [job.restoreJobId, job.backupId, job.targetIndexName, job.status,
                 job.percentComplete.map(percent) ?? "-", timestamp(job.createdAt, seconds: false)]
            })
    }

    static func details(of backup: BackupModel) -> String {
        keyValues([
            ("Backup ID", backup.backupId), ("Name", backup.name), ("Description", backup.description),
            ("Index", "\(backup.sourceIndexName) (\(backup.sourceIndexId))"), ("Status", backup.status),
            ("Cloud", "\(backup.cloud) \(backup.region)"), ("Dimension", backup.dimension.map { "\($0)" }),
            ("Metric", backup.metric?.rawValue), ("Records", backup.recordCount.map(String.init)),
            ("Namespaces", backup.namespaceCount.map(String.init)),
            ("Size", backup.sizeBytes.map { "\(byteCount($0)) (\($0) bytes)" }),
            ("Tags", backup.tags.map(tags)), ("Created", backup.createdAt == nil ? nil : created(backup)),
        ])
    }

    static func details(of job: RestoreJobModel) -> String {
        keyValues([
            ("Restore job ID", job.restoreJobId), ("Backup ID", job.backupId),
            ("Target index", "\(job.targetIndexName) (\(job.targetIndexId))"), ("Status", job.status),
            ("Progress", job.percentComplete.map(percent)), ("Created", timestamp(job.createdAt)),
            ("Completed", job.completedAt.map { timestamp($0) }),
        ])
    }

    static func details(of started: CreateIndexFromBackupResponse) -> String {
        keyValues([("Restore job ID", started.restoreJobId), ("Index ID", started.indexId)])
    }

    /// `Label   value` lines, values aligned; absent values are left out.
    static func keyValues(_ pairs: [(String, String?)]) -> String {
        let present = pairs.compactMap { pair in pair.1.map { (pair.0, $0.isEmpty ? "-" : $0) } }
        let width = (pairs.map(\.0.count).max() ?? 0) + 2  // all labels, so a block's layout does not depend on its values
        return present.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }

    /// `1.1 MB`: decimal units, as storage sizes are usually quoted.
    static func byteCount(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while abs(value) >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }

    static func percent(_ value: Float) -> String {
        String(format: "%.1f%%", Double(value))
    }

    /// `2025-05-15 00:52:10 UTC`, or the text as sent when it is not a timestamp.
    static func created(_ backup: BackupModel, seconds: Bool = true) -> String {
        backup.createdDate.map { timestamp($0, seconds: seconds) } ?? backup.createdAt ?? "-"
    }

    /// `2025-05-15 00:52:10 UTC`; in tables, where width counts, `2025-05-15 00:52 UTC`.
    static func timestamp(_ date: Date, seconds: Bool = true) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        let minutes = String(format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                             Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
        return seconds ? minutes + String(format: ":%02d UTC", Int(parts.tm_sec)) : minutes + " UTC"
    }

    static func tags(_ tags: IndexTags) -> String {
        tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}
#endif
