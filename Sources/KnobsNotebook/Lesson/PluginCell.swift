import KnobsLang

/// A cell of a kind a plugin adds (```` ```knobs words ````): its text, which the plugin
/// draws when the learner reaches it.
///
/// It is shown, like prose: it runs no code, carries no points and no checks, and the
/// learner's copy keeps it as written. The lesson must name the plugin in its front matter.
public struct PluginCell: Sendable {
    /// The kind: the word after `knobs` on the fence.
    public let kind: String
    /// The plugin that adds the kind, one the lesson names.
    public let plugin: String
    /// The text between the fences.
    public let text: String
    /// The text named and numbered as in the lesson, so that a problem with it points at the lesson's line.
    public let source: SourceFile
    /// The lines of the opening and closing fences (1-based, both included).
    public let lines: ClosedRange<Int>
}

/// Draws a plugin's cell: the text to show, ending in a newline, or what is wrong with the
/// cell's content, at its line in the lesson. The host makes one from the lesson's plugins.
public typealias PluginCellDrawer = @Sendable (PluginCell) -> Result<String, Diagnostic>

extension PluginCell {
    /// A drawer with no plugins behind it: each cell's text as written.
    public static let asWritten: PluginCellDrawer = { cell in .success(cell.text.isEmpty ? "" : cell.text + "\n") }
}
