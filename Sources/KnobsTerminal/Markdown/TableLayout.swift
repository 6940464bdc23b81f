import KnobsLang

/// Lays out a table in the width there is: columns as wide as their widest
/// cell when they fit, else the widest columns narrowed first, down to
/// their longest word, and cells wrapped inside their column. Everything is
/// measured in display columns, so cells with emoji, CJK or IPA line up.
///
/// ```
/// Word        │ IPA
/// ────────────┼────────────
/// 💻 Computer │ /kɔmˈpytər/
/// ```
///
/// When a row wraps onto several lines, a dotted rule separates the rows.
/// When even the longest words of the columns do not fit side by side, the
/// table is stacked instead: each row becomes a record of `header: cell`
/// lines, so that no word has to be cut.
struct TableLayout {
    let inline: InlineStyler
    let symbols: Symbols

    func lines(_ table: MarkdownTable, width: Int) -> [StyledText] {
        let header = table.header.map { inline.styled($0, Theme.tableHeader) }
        let body = table.rows.map { $0.map { inline.styled($0) } }
        let columns = header.count
        guard columns > 0 else { return [] }
        let available = width - DisplayWidth.of(symbols.columnSeparator) * (columns - 1)
        let (natural, floors) = measure([header] + body, columns: columns)
        guard columns == 1 || body.isEmpty || floors.reduce(0, +) <= available else {
            return stacked(header: header, body: body, width: width)
        }
        let widths = narrowed(natural, floors: columns == 1 ? [1] : floors, available: max(columns, available))

        let headerLines = cellLines(header, widths: widths, alignments: table.alignments)
        let bodyRows = body.map { cellLines($0, widths: widths, alignments: table.alignments) }
        let separateRows = bodyRows.contains { $0.count > 1 }
        var out = headerLines
        out.append(rule(widths, fill: symbols.rule, cross: symbols.headerCross))
        for (index, row) in bodyRows.enumerated() {
            if index > 0, separateRows { out.append(rule(widths, fill: symbols.rowRule, cross: symbols.rowCross)) }
            out += row
        }
        return out
    }

    /// Each column's natural width (its widest cell on one line) and floor (its longest word).
    func measure(_ rows: [[StyledText]], columns: Int) -> (natural: [Int], floors: [Int]) {
        var natural = [Int](repeating: 1, count: columns)
        var floors = [Int](repeating: 1, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() where column < columns {
                natural[column] = max(natural[column], Wrapper.wrap(cell, width: Int.max / 2).map(\.width).max() ?? 0)
                for case .word(let cells) in Wrapper.pieces(of: cell) {
                    floors[column] = max(floors[column], cells.reduce(0) { $0 + $1.width })
                }
            }
        }
        return (natural, floors)
    }

    /// The natural widths, the widest column narrowed first until they fit, never below a floor.
    func narrowed(_ natural: [Int], floors: [Int], available: Int) -> [Int] {
        var widths = natural
        while widths.reduce(0, +) > available {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// Each row as lines of `header: cell`, wrapped with a hanging indent, rows parted by a dotted rule.
    private func stacked(header: [StyledText], body: [[StyledText]], width: Int) -> [StyledText] {
        var out: [StyledText] = []
        for (index, row) in body.enumerated() {
            if index > 0 { out.append(StyledText(String(repeating: symbols.rowRule, count: width), Theme.frame)) }
            for (column, title) in header.enumerated() {
                let cell = column < row.count ? row[column] : StyledText()
                let entry = title + StyledText(":", Theme.tableHeader) + StyledText(" ") + cell
                for (line, text) in Wrapper.wrap(entry, width: width - 2).enumerated() {
                    out.append(line == 0 ? text : StyledText("  ") + text)
                }
            }
        }
        return out
    }

    /// The lines of one row: each cell wrapped in its column and aligned; the row as tall as its tallest cell.
    private func cellLines(_ cells: [StyledText], widths: [Int], alignments: [MarkdownTable.Alignment]) -> [StyledText] {
        let wrapped = widths.indices.map { column in
            column < cells.count ? Wrapper.wrap(cells[column], width: widths[column]) : [StyledText()]
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            var out = StyledText()
            for column in widths.indices {
                if column > 0 { out.append(symbols.columnSeparator, Theme.frame) }
                let text = line < wrapped[column].count ? wrapped[column][line] : StyledText()
                out.append(aligned(text, width: widths[column], alignments.indices.contains(column) ? alignments[column] : .left))
            }
            return out
        }
    }

    private func aligned(_ text: StyledText, width: Int, _ alignment: MarkdownTable.Alignment) -> StyledText {
        let room = max(0, width - text.width)
        let left = switch alignment {
        case .left: 0
        case .right: room
        case .center: room / 2
        }
        return StyledText(String(repeating: " ", count: left)) + text.padded(to: width - left)
    }

    private func rule(_ widths: [Int], fill: String, cross: String) -> StyledText {
        StyledText(widths.map { String(repeating: fill, count: $0) }.joined(separator: cross), Theme.frame)
    }
}
