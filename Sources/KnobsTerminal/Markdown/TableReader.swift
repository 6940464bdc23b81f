/// Reads GitHub tables: a header row of cells between `|`, then a delimiter
/// row (`|---|:--:|`) with as many cells.
enum TableReader {
    /// A table's header row and its alignments.
    struct Header {
        var cells: [String]
        var alignments: [MarkdownTable.Alignment]
    }

    /// The header when a table starts at line `i`.
    static func header(at i: Int, in lines: [String]) -> Header? {
        guard i + 1 < lines.count, lines[i].contains("|"), MarkdownLine.indentation(lines[i]) <= 3 else { return nil }
        let cells = cells(lines[i])
        guard let alignments = alignments(lines[i + 1]), alignments.count == cells.count else { return nil }
        return Header(cells: cells, alignments: alignments)
    }

    static func table(_ header: Header, rows: [[String]]) -> MarkdownTable {
        let count = header.cells.count
        let body = rows.map { row in
            (0..<count).map { $0 < row.count ? InlineParser.parse(row[$0]) : [] }
        }
        return MarkdownTable(alignments: header.alignments, header: header.cells.map(InlineParser.parse), rows: body)
    }

    /// The cells of a row: split at `|` that are neither escaped nor inside a code span; `\|` becomes `|`.
    static func cells(_ line: String) -> [String] {
        var text = Substring(line.trimmingSpaces)
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var cell = ""
        var codeFence = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "|" {
                cell.append("|")
                index = text.index(index, offsetBy: 2)
                continue
            }
            if character == "`" {
                let run = text[index...].prefix { $0 == "`" }.count
                if codeFence == 0 {
                    codeFence = run
                } else if codeFence == run {
                    codeFence = 0
                }
                cell += String(repeating: "`", count: run)
                index = text.index(index, offsetBy: run)
                continue
            }
            if character == "|", codeFence == 0 {
                cells.append(cell.trimmingSpaces)
                cell = ""
            } else {
                cell.append(character)
            }
            index = text.index(after: index)
        }
        cells.append(cell.trimmingSpaces)
        return cells
    }

    /// The alignments of a delimiter row, or nil when the line is not one.
    private static func alignments(_ line: String) -> [MarkdownTable.Alignment]? {
        guard line.contains("-"), line.contains("|") || line.contains(":") else { return nil }
        var result: [MarkdownTable.Alignment] = []
        for cell in cells(line) {
            let left = cell.hasPrefix(":")
            let right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : right ? .right : .left)
        }
        return result
    }
}
