/// The line above each question: how far the session is, `━━━━━━────── 7/20`, and what kind of question comes.
enum ProgressBar {
    /// Cells in the bar.
    static let width = 20

    /// Question `number` of `total`: the bar filled for the questions already answered.
    static func line(number: Int, total: Int, label: String, _ symbols: QuizSymbols) -> String {
        let done = total > 0 ? min(width, (number - 1) * width / total) : 0
        let bar = String(repeating: symbols.barDone, count: done) + String(repeating: symbols.barLeft, count: width - done)
        let framed = symbols.unicode ? bar : "[\(bar)]"
        return symbols.paint(framed, QuizSymbols.chosenStyle) + " \(number)/\(total) \(symbols.dot) \(label)\n"
    }
}
