/// The plugins one lesson (or the REPL's free mode) uses, loaded and checked against one another.
public struct PluginSet: Sendable {
    public let plugins: [LoadedPlugin]

    /// No plugins.
    public static let empty = PluginSet(plugins: [])

    init(plugins: [LoadedPlugin]) {
        self.plugins = plugins
    }

    /// Gives `interpreter` every plugin's functions and values, in the plugins' order.
    public func install(into interpreter: Interpreter) {
        for plugin in plugins { plugin.install(interpreter) }
    }

    /// The names of the plugins.
    public var names: [String] { plugins.map(\.manifest.name) }

    /// Every name the plugins add to the language.
    public var definedNames: Set<String> { Set(plugins.flatMap { $0.definitions.map(\.name) }) }

    /// What a name means, and which plugin added it.
    public func definition(of name: String) -> (plugin: LoadedPlugin, definition: PluginFunctionDoc)? {
        for plugin in plugins {
            if let found = plugin.definitions.first(where: { $0.name == name }) { return (plugin, found) }
        }
        return nil
    }

    /// Every REPL command the plugins add.
    public var commands: [PluginCommand] { plugins.flatMap(\.commands) }

    /// Every lesson cell kind the plugins add.
    public var cellKinds: [PluginCellKind] { plugins.flatMap(\.cellKinds) }

    /// Draws a cell of a kind one of the plugins adds, for `terminal`: the text to show, ending
    /// in a newline, or what is wrong with the cell's content at its line in the lesson.
    ///
    /// - Parameters:
    ///   - kind: The cell's kind, the word after `knobs` on its fence.
    ///   - source: The cell's text, named and numbered as in the lesson.
    ///   - terminal: The width and character set to draw for.
    public func drawCell(kind: String, source: SourceFile, terminal: Terminal) -> Result<String, Diagnostic> {
        guard let found = cellKinds.first(where: { $0.name == kind }) else {
            return .failure(source.problem("no plugin loaded for this lesson draws '\(kind)' cells", line: 1, column: 1,
                                           hint: "name the plugin that adds it in the front matter"))
        }
        var text = source.text
        if text.hasSuffix("\n") { text.removeLast() }
        do {
            let drawn = try found.draw(text, terminal)
            return .success(drawn.isEmpty || drawn.hasSuffix("\n") ? drawn : drawn + "\n")
        } catch let problem as CellContentProblem {
            return .failure(source.problem(problem.message, line: problem.line, column: problem.column, hint: problem.hint))
        } catch {
            return .failure(source.problem("the plugin '\(found.plugin)' could not draw this \(kind) cell: \(error)", line: 1, column: 1))
        }
    }
}
