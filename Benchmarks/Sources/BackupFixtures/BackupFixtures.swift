/// The JSON both clients decode: backups shaped like the ones in Pinecone's guide "Back up an index"
/// (the seeds), deterministic so every run decodes the same bytes.
public enum BackupFixtures {
    /// `{"data": [...], "pagination": {"next": ...}}` with `count` backups, as `list_project_backups`
    /// returns them. Dates carry `fractionDigits` digits after the second, as Pinecone sends them (9).
    public static func backupList(count: Int, fractionDigits: Int = 9) -> String {
        var text = "{\"data\":["
        text.reserveCapacity(count * 520)
        for index in 0..<count {
            if index > 0 { text += "," }
            text += backup(index, fractionDigits: fractionDigits)
        }
        return text + "],\"pagination\":{\"next\":\"eyJza2lwX3Bhc3QiOiJiYWNrdXAtOTk5OSJ9\"}}"
    }

    /// One backup as `describe_backup` returns it.
    public static func backup(_ index: Int, fractionDigits: Int = 9) -> String {
        var random = SplitMix(seed: UInt64(index) &+ 0x5EED)
        let metrics = ["cosine", "dotproduct", "euclidean"]
        let statuses = ["Ready", "Ready", "Ready", "Initializing", "Pending", "Failed"]
        let seconds = 1_735_689_600 + Int(random.next() % 31_536_000)  // some time in 2025
        var fields: [String] = [
            "\"backup_id\":\"\(uuid(&random))\"",
            "\"source_index_name\":\"docs-example-\(index % 50)\"",
            "\"source_index_id\":\"\(uuid(&random))\"",
            "\"name\":\"nightly-\(index)\"",
            "\"description\":\"Monthly backup of production index\"",
            "\"status\":\"\(statuses[Int(random.next() % 6)])\"",
            "\"cloud\":\"aws\"",
            "\"region\":\"us-east-1\"",
            "\"dimension\":\([384, 768, 1024, 1536][Int(random.next() % 4)])",
            "\"metric\":\"\(metrics[Int(random.next() % 3)])\"",
            "\"record_count\":\(random.next() % 2_000_000)",
            "\"namespace_count\":\(1 + random.next() % 8)",
            "\"size_bytes\":\(random.next() % 10_000_000_000)",
            "\"tags\":" + (index % 3 == 0 ? "{}" : "{\"environment\":\"production\",\"team\":\"search\"}"),
            "\"created_at\":\"\(timestamp(seconds, fraction: random.next(), digits: fractionDigits))\"",
        ]
        if index % 4 == 0 {
            fields.append("\"schema\":{\"fields\":{\"genre\":{\"filterable\":true},\"year\":{\"filterable\":true}}}")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// `2025-05-15T00:52:10.809305882Z`: UTC, `digits` fractional digits (none when 0).
    static func timestamp(_ seconds: Int, fraction: UInt64, digits: Int) -> String {
        let days = seconds / 86_400
        let secondOfDay = seconds % 86_400
        let (year, month, day) = civil(fromDays: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if digits > 0 {
            var scale: UInt64 = 1
            for _ in 0..<min(digits, 18) { scale *= 10 }
            text += "." + pad(Int(fraction % scale), digits)
        }
        return text + "Z"
    }

    private static func uuid(_ random: inout SplitMix) -> String {
        let hex = Array("0123456789abcdef")
        var text = ""
        for group in [8, 4, 4, 4, 12] {
            if !text.isEmpty { text += "-" }
            for _ in 0..<group { text.append(hex[Int(random.next() % 16)]) }
        }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// A small deterministic generator, so the fixtures are the same on every machine.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
