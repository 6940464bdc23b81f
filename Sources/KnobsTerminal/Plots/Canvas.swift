/// The drawing area of a plot: a grid of terminal cells, each holding
/// braille dots, a marker, or the shade of a region, and the layer (series
/// or class) that drew it.
///
/// In braille mode each cell holds 2 × 4 dots, so lines are drawn at eight
/// times the resolution of the cells; in marker mode each cell is one dot
/// and shows its layer's marker character. Coordinates are dots, from the
/// top left.
struct Canvas {
    struct Cell: Equatable {
        /// Braille dots set (bits as in U+2800…U+28FF).
        var dots: UInt8 = 0
        /// The layer that drew last here.
        var layer: Int?
        /// A marker drawn on top of everything (a scatter point).
        var marker: Int?
        /// The region (class) this cell's centre belongs to.
        var region: Int?
    }

    let columns: Int
    let rows: Int
    /// Dots per cell: 2 × 4 in braille mode, 1 × 1 in marker mode.
    let braille: Bool
    private(set) var cells: [Cell]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = columns
        self.rows = rows
        self.braille = braille
        cells = Array(repeating: Cell(), count: columns * rows)
    }

    var dotsAcross: Int { columns * (braille ? 2 : 1) }
    var dotsDown: Int { rows * (braille ? 4 : 1) }

    subscript(column: Int, row: Int) -> Cell {
        cells[row * columns + column]
    }

    /// The dot for a point given as fractions of the axes (0…1 left to right, bottom to top).
    func dot(_ fx: Double, _ fy: Double) -> (x: Int, y: Int) {
        (Int((fx * Double(dotsAcross - 1)).rounded()), Int(((1 - fy) * Double(dotsDown - 1)).rounded()))
    }

    /// The cell a point falls in, given as fractions of the axes.
    func cell(_ fx: Double, _ fy: Double) -> (column: Int, row: Int) {
        let (x, y) = dot(fx, fy)
        return (x / (braille ? 2 : 1), y / (braille ? 4 : 1))
    }

    /// Sets one dot (ignored outside the canvas).
    mutating func set(x: Int, y: Int, layer: Int) {
        guard x >= 0, y >= 0, x < dotsAcross, y < dotsDown else { return }
        let index = (y / (braille ? 4 : 1)) * columns + x / (braille ? 2 : 1)
        if braille { cells[index].dots |= Canvas.brailleBit(x % 2, y % 4) }
        cells[index].layer = layer
    }

    /// A straight line of dots between two dots, ends included.
    mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), layer: Int) {
        let steps = max(abs(b.x - a.x), abs(b.y - a.y))
        guard steps > 0 else { return set(x: a.x, y: a.y, layer: layer) }
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            set(x: a.x + Int((Double(b.x - a.x) * t).rounded()), y: a.y + Int((Double(b.y - a.y) * t).rounded()), layer: layer)
        }
    }

    /// A marker in a whole cell, drawn over lines and regions.
    mutating func mark(column: Int, row: Int, marker: Int) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        cells[row * columns + column].marker = marker
    }

    /// Lays a canvas of the same size over this one: every cell it drew in replaces the cell here.
    mutating func overlay(_ other: Canvas) {
        precondition(other.columns == columns && other.rows == rows, "an overlay has the same size")
        for index in cells.indices where other.cells[index].layer != nil || other.cells[index].marker != nil {
            cells[index] = other.cells[index]
        }
    }

    mutating func shade(column: Int, row: Int, region: Int) {
        cells[row * columns + column].region = region
    }

    /// The bit of the braille dot at column `dx` (0, 1) and row `dy` (0–3) of a cell.
    static func brailleBit(_ dx: Int, _ dy: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        return bits[dx][dy]
    }
}
