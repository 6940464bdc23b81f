/// A kind of lesson cell a plugin adds: ```` ```knobs words ```` and the text
/// below it, which the plugin draws when the learner reaches the cell.
///
/// Such a cell is shown, like prose: it runs no code and carries no points
/// and no checks. Its name must also be in the plugin's manifest
/// (``PluginManifest/cellKinds``), which is how a lesson is parsed without
/// loading the plugin.
///
/// ```swift
/// host.cellKind(PluginCellKind(name: "shout", summary: "The text in capitals.") { text, _ in
///     text.uppercased()
/// })
/// ```
public struct PluginCellKind: Sendable {
    /// The word after `knobs` on the cell's fence: lower-case letters, digits and `-`, and none of ``builtInNames``.
    public var name: String
    /// One line on what the cell shows.
    public var summary: String
    /// The plugin that added it (set when it is registered).
    public internal(set) var plugin = ""
    /// Draws the cell: its text (what is between the fences) for `terminal`'s width and character set,
    /// ending in a newline. Bad content throws ``CellContentProblem`` at its line in the text.
    public var draw: @Sendable (_ text: String, _ terminal: Terminal) throws -> String

    public init(name: String, summary: String, draw: @escaping @Sendable (_ text: String, _ terminal: Terminal) throws -> String) {
        self.name = name
        self.summary = summary
        self.draw = draw
    }

    /// The words a plugin's kind may not be: the lesson's own cell kinds, and the words a
    /// fence's info string already gives a meaning to (`hidden`; `parameters` is a cell's id).
    public static let builtInNames: Set<String> = ["code", "exercise", "solution", "check", "hint", "question", "hidden", "parameters"]
}

/// What is wrong with the text of a plugin's cell, at a line of that text: thrown by ``PluginCellKind/draw``
/// and reported at the lesson's own line and column.
public struct CellContentProblem: Error, Sendable, Equatable {
    public var message: String
    /// The line in the cell's text, from 1 (the line after the opening fence).
    public var line: Int
    /// The column in that line, from 1, in characters.
    public var column: Int
    /// What to do about it.
    public var hint: String?

    public init(_ message: String, line: Int, column: Int = 1, hint: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }
}
