/// Turns a canvas into lines of styled text: braille dots, markers and
/// region shading, coloured by layer when colour is on.
struct CanvasPainter {
    let color: Bool
    let unicode: Bool

    func lines(_ canvas: Canvas) -> [StyledText] {
        (0..<canvas.rows).map { row in
            var line = StyledText()
            for column in 0..<canvas.columns {
                let (text, style) = paint(canvas[column, row], braille: canvas.braille)
                line.append(text, style)
            }
            return line
        }
    }

    private func paint(_ cell: Canvas.Cell, braille: Bool) -> (String, Style) {
        var style = Style.plain
        if color, let region = cell.region { style.background = Palette.regionBackground(region) }
        if let marker = cell.marker {
            style.foreground = Palette.color(marker)
            style.bold = true
            return (Palette.pointMarker(marker, unicode: unicode), style)
        }
        if let layer = cell.layer {
            style.foreground = Palette.color(layer)
            if braille, cell.dots != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(cell.dots)) {
                return (String(Character(scalar)), style)
            }
            return (Palette.lineMarker(layer, unicode: unicode), style)
        }
        if let region = cell.region, !color {
            return (Palette.regionTexture(region, unicode: unicode), style)
        }
        return (" ", style)
    }
}
