import KnobsPluginAPI

/// The width and height of a drawing: as wide as the terminal but at most
/// `plot`'s widest, unless the program asks with `width:` and `height:`.
struct DrawingSize {
    let width: Int
    let height: Int

    /// What a program may ask for, as for `plot`.
    static let widths = 20...400
    static let heights = 2...200

    init(width: Value, height: Value, widthArgument: Int, terminal: Terminal, defaultHeight: Int, reader: PointReader) throws {
        self.width = try reader.size(width, argument: widthArgument, name: "width", in: DrawingSize.widths)
            ?? min(terminal.width, PlotLibrary.maximumWidth)
        self.height = try reader.size(height, argument: widthArgument + 1, name: "height", in: DrawingSize.heights) ?? defaultHeight
    }
}
