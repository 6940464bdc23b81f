/// The CSV gradebook of a batch: one row per submission.
///
/// Columns: `submission,score,max,time,status,reason`. Fields are quoted as
/// RFC 4180 asks, and one that a spreadsheet would take for a formula starts
/// with `'`.
public enum Gradebook {
    public static func csv(_ results: [GradeResult]) -> String {
        var text = "submission,score,max,time,status,reason\r\n"
        for result in results {
            let fields = [result.submission, Score.text(result.score), Score.text(result.maxScore), Markup.seconds(result.duration),
                          result.status.rawValue, result.reason ?? ""]
            text += fields.map(Markup.csv).joined(separator: ",") + "\r\n"
        }
        return text
    }
}
