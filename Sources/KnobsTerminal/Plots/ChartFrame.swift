import KnobsLang

/// Everything around a plot's canvas: the title, the y axis with its tick
/// labels, the x axis with its ticks and labels, the axis names and the legend.
///
/// ```
///                  title
///  1.0 ┤⠑⢄
///      │  ⠑⠤⣀
///  0.0 ┤     ⠉⠉⠒⠒⠤⠤
///      └┬─────┬─────┬
///       0     5    10
///       • train   × test
/// ```
///
/// Making a frame decides the layout: how wide the y labels are, and so how
/// many columns are left for the canvas in the width given.
struct ChartFrame {
    let x: AxisScale
    let y: AxisScale
    /// The width of the y tick labels; a space and the axis line follow them.
    let labelWidth: Int
    let columns: Int
    let rows: Int
    /// The columns of the whole plot.
    let width: Int
    let symbols: Symbols

    /// A frame `width` columns wide around a canvas of `rows` rows showing
    /// `xRange` by `yRange`; `wholeX` keeps x ticks on whole numbers (positions
    /// in a list); `padded` keeps the axes close to the data (see ``AxisScale``).
    init(width: Int, rows: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, wholeX: Bool, padded: Bool, unicode: Bool) {
        let rows = max(2, rows)
        let y = AxisScale(yRange.lowerBound, yRange.upperBound, ticks: max(2, rows / 3), padded: padded)
        let labelWidth = y.ticks.map { y.label($0).count }.max() ?? 1
        let roughColumns = max(8, width - labelWidth - 4)
        let x = AxisScale(xRange.lowerBound, xRange.upperBound, ticks: max(2, roughColumns / 10), wholeNumbers: wholeX, padded: padded)
        let overhang = (x.ticks.map { x.label($0).count }.max() ?? 1) / 2
        (self.x, self.y, self.rows, self.labelWidth, self.width) = (x, y, rows, labelWidth, width)
        columns = max(8, width - labelWidth - 2 - overhang)
        symbols = Symbols(unicode: unicode)
    }

    func canvas(braille: Bool) -> Canvas {
        Canvas(columns: columns, rows: rows, braille: braille)
    }

    /// The whole plot, line by line.
    func lines(_ painted: [StyledText], canvas: Canvas, title: String?, xLabel: String?, yLabel: String?, legend: [StyledText]) -> [StyledText] {
        var out: [StyledText] = []
        let indent = labelWidth + 2
        if let title, !title.isEmpty { out += centred(StyledText(title, Theme.title), indent: indent) }
        if let yLabel, !yLabel.isEmpty { out += Wrapper.wrap(StyledText(yLabel), width: width) }
        out += yAxis(painted, canvas: canvas)
        out += xAxis(canvas: canvas)
        if let xLabel, !xLabel.isEmpty { out += centred(StyledText(xLabel), indent: indent) }
        out += legendLines(legend, indent: indent)
        return out
    }

    /// The canvas rows, each after its tick label (if a tick falls on it) and the axis.
    private func yAxis(_ painted: [StyledText], canvas: Canvas) -> [StyledText] {
        var labels = [String?](repeating: nil, count: rows)
        for tick in y.ticks {
            let row = canvas.cell(0, y.fraction(tick)).row
            if labels[row] == nil { labels[row] = y.label(tick) }
        }
        let tickMark = symbols.unicode ? "┤" : "+"
        let axis = symbols.unicode ? "│" : "|"
        return painted.enumerated().map { row, line in
            let label = labels[row] ?? ""
            let head = String(repeating: " ", count: labelWidth - label.count) + label
            return StyledText(head + " " + (labels[row] == nil ? axis : tickMark), Theme.frame) + line
        }
    }

    /// The x axis line with a mark at each tick, and the tick labels under it (those that fit without touching).
    private func xAxis(canvas: Canvas) -> [StyledText] {
        var line = Array(repeating: symbols.unicode ? "─" : "-", count: columns)
        var labels = ""
        let start = labelWidth + 2
        for tick in x.ticks {
            let column = canvas.cell(x.fraction(tick), 0).column
            line[column] = symbols.unicode ? "┬" : "+"
            let label = x.label(tick)
            let at = start + column - (label.count - 1) / 2
            let earliest = labels.isEmpty ? 0 : labels.count + 1
            guard at >= earliest else { continue }
            labels += String(repeating: " ", count: at - labels.count) + label
        }
        let corner = String(repeating: " ", count: labelWidth + 1) + (symbols.unicode ? "└" : "+")
        return [StyledText(corner + line.joined(), Theme.frame), StyledText(labels, Theme.frame)]
    }

    /// The legend's entries side by side, three spaces apart, on as many lines as they need.
    private func legendLines(_ entries: [StyledText], indent: Int) -> [StyledText] {
        let room = max(1, width - indent)
        var lines: [StyledText] = []
        var line = StyledText()
        for entry in entries {
            if !line.isEmpty, line.width + 3 + entry.width > room {
                lines.append(line)
                line = StyledText()
            }
            if !line.isEmpty { line.append("   ") }
            line.append(entry)
        }
        if !line.isEmpty { lines.append(line) }
        let pad = StyledText(String(repeating: " ", count: indent))
        return lines.flatMap { Wrapper.wrap($0, width: room) }.map { pad + $0 }
    }

    /// Text centred over the canvas (wrapped when it is wider).
    private func centred(_ text: StyledText, indent: Int) -> [StyledText] {
        Wrapper.wrap(text, width: columns).map { line in
            StyledText(String(repeating: " ", count: indent + max(0, (columns - line.width) / 2))) + line
        }
    }
}
