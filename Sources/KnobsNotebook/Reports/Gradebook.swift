/// The CSV gradebook of a batch: one row per submission.
///
/// Columns: `submission,score,max,time,status,reason`. Fields are quoted as
/// RFC 4180 asks, and one that a spreadsheet would take for a formula starts
/// with `'`.
public enum Gradebook {
    /// The header line.
    public static let header = "submission,score,max,time,status,reason\r\n"

    /// The row of one submission.
    public static func row(_ result: GradeResult) -> String {
        let fields = [result.submission, Score.text(result.score), Score.text(result.maxScore), Markup.seconds(result.duration),
                      result.status.rawValue, result.reason ?? ""]
        return fields.map(Markup.csv).joined(separator: ",") + "\r\n"
    }

    /// The whole gradebook of `results`.
    public static func csv(_ results: [GradeResult]) -> String {
        header + results.map(row).joined()
    }
}
