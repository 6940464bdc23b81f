import KnobsPluginAPI

/// Words as a table of three columns — the word with its article, its pronunciation in
/// IPA, its meaning — aligned by display width and no wider than the terminal (80 columns
/// at most): a meaning too long for what is left wraps in its column. On a terminal too
/// narrow for the first two columns and a few words of meaning, each word is a line of its
/// own, word and pronunciation, with its meaning indented below.
enum WordTable {
    /// The fewest columns a meaning gets before the table gives way to the narrow layout.
    static let narrowestMeaning = 12

    /// The table, ending in a newline; the lines carry no trailing spaces.
    static func draw(_ entries: [DeckEntry], terminal: Terminal) -> String {
        let width = min(terminal.width, 80)
        let bar = terminal.unicode ? " │ " : " | "
        let header = ["word", "pronunciation", "meaning"]
        let rows = entries.map { [$0.wordWithArticle, $0.ipaForDisplay ?? "", $0.meanings.first ?? ""] }
        let words = (rows + [header]).map { DisplayWidth.of($0[0]) }.max() ?? 0
        let sounds = (rows + [header]).map { DisplayWidth.of($0[1]) }.max() ?? 0
        let meanings = width - words - sounds - 2 * DisplayWidth.of(bar)
        guard meanings >= narrowestMeaning else { return narrow(rows, width: width) }
        let wrapped = rows.map { $0[2].wrapped(width: meanings).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        func lines(_ cells: [String], _ meaning: [String]) -> [String] {
            meaning.enumerated().map { index, part in
                trimmedEnd(pad(index == 0 ? cells[0] : "", words) + bar + pad(index == 0 ? cells[1] : "", sounds) + bar + part)
            }
        }
        let longest = (wrapped.joined() + [header[2]]).map { DisplayWidth.of($0) }.max() ?? 0
        let (across, joint) = terminal.unicode ? ("─", "─┼─") : ("-", "-+-")
        let rule = String(repeating: across, count: words) + joint + String(repeating: across, count: sounds) + joint
            + String(repeating: across, count: longest)
        let body = zip(rows, wrapped).flatMap { lines($0, $1) }
        return (lines(header, [header[2]]) + [rule] + body).joined(separator: "\n") + "\n"
    }

    /// Each word on a line with its pronunciation, its meaning below under four spaces, all wrapped to `width`.
    private static func narrow(_ rows: [[String]], width: Int) -> String {
        rows.map { row in
            let head = (row[0] + (row[1].isEmpty ? "" : " " + row[1])).wrapped(width: width)
            let meaning = row[2].wrapped(width: width - 4).split(separator: "\n").map { "    " + $0 }
            return ([head] + meaning).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.of(text)))
    }

    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
