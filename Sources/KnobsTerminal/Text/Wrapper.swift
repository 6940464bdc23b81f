import KnobsLang

/// Breaks styled text into lines no wider than a number of columns.
///
/// Lines break at spaces; a word wider than a whole line is cut where it
/// reaches the edge. Widths are display widths, so a line of emoji or CJK
/// text fills the same columns as a line of ASCII. A `"\n"` in the text
/// always breaks. Spaces at the edges of lines are dropped.
enum Wrapper {
    static func wrap(_ text: StyledText, width: Int) -> [StyledText] {
        var lines = LineBuilder(width: max(1, width))
        for piece in pieces(of: text) {
            switch piece {
            case .newline:
                lines.breakLine()
            case .space(let cells):
                lines.space(cells)
            case .word(let cells):
                lines.word(cells)
            }
        }
        return lines.finished()
    }

    /// A character with its style and width.
    struct Cell {
        var character: Character
        var style: Style
        var width: Int
    }

    enum Piece {
        case word([Cell])
        case space([Cell])
        case newline
    }

    static func pieces(of text: StyledText) -> [Piece] {
        var pieces: [Piece] = []
        var current: [Cell] = []
        var currentIsSpace = false
        func flush() {
            guard !current.isEmpty else { return }
            pieces.append(currentIsSpace ? .space(current) : .word(current))
            current = []
        }
        for run in text.runs {
            for character in run.text {
                if character == "\n" {
                    flush()
                    pieces.append(.newline)
                    continue
                }
                let isSpace = character == " "
                if isSpace != currentIsSpace { flush() }
                currentIsSpace = isSpace
                current.append(Cell(character: character, style: run.style, width: DisplayWidth.of(character)))
            }
        }
        flush()
        return pieces
    }

    /// Collects words into lines.
    private struct LineBuilder {
        let width: Int
        var lines: [StyledText] = []
        var line = StyledText()
        var lineWidth = 0
        var pendingSpace: [Cell] = []

        init(width: Int) {
            self.width = width
        }

        mutating func breakLine() {
            lines.append(line)
            line = StyledText()
            lineWidth = 0
            pendingSpace = []
        }

        mutating func space(_ cells: [Cell]) {
            if lineWidth > 0 { pendingSpace = cells }
        }

        mutating func word(_ cells: [Cell]) {
            let wordWidth = cells.reduce(0) { $0 + $1.width }
            let spaceWidth = pendingSpace.reduce(0) { $0 + $1.width }
            if lineWidth > 0 {
                if lineWidth + spaceWidth + wordWidth <= width {
                    add(pendingSpace)
                } else {
                    breakLine()
                }
            }
            pendingSpace = []
            if wordWidth <= width - lineWidth {
                add(cells)
                return
            }
            // Wider than a line: cut it at the edge, as often as needed.
            for cell in cells {
                if lineWidth + cell.width > width, lineWidth > 0 { breakLine() }
                add([cell])
            }
        }

        private mutating func add(_ cells: [Cell]) {
            for cell in cells {
                line.append(String(cell.character), cell.style)
                lineWidth += cell.width
            }
        }

        mutating func finished() -> [StyledText] {
            if lineWidth > 0 || lines.isEmpty { lines.append(line) }
            return lines
        }
    }
}
