/// What a compiled plugin registers into: its functions, object types, data sets, REPL commands and lesson cell kinds.
///
/// The host only collects; knobs installs what was collected into each
/// interpreter that loads the plugin, after checking that no two plugins
/// define one name.
public final class PluginHost {
    /// The plugin that is registering.
    public let plugin: String
    /// Where the plugin's drawings go: their width by default, colour and character set.
    public let terminal: Terminal
    private(set) var functions: [(name: String, function: Function, replacesLibrary: Bool)] = []
    private(set) var objectTypes: [ObjectTypeDoc] = []
    private(set) var commands: [PluginCommand] = []
    private(set) var datasets: [DatasetRecipe] = []
    private(set) var cellKinds: [PluginCellKind] = []
    private(set) var problems: [String] = []
    /// The cell kinds the plugin's manifest lists.
    private let listedCellKinds: [String]

    init(plugin: String, terminal: Terminal, listedCellKinds: [String] = []) {
        self.plugin = plugin
        self.terminal = terminal
        self.listedCellKinds = listedCellKinds
    }

    /// Adds a function written in Swift.
    ///
    /// - Parameters:
    ///   - signature: its name and parameters, with defaults and keyword-only options.
    ///   - doc: one or two sentences, with an example call.
    ///   - replacesLibrary: true when the function takes the place of a standard-library
    ///     function of the same name while the plugin is loaded (the optimizers plugin's
    ///     `sgd` does more than the library's); otherwise such a name is refused.
    ///   - body: the function.
    public func function(_ signature: Signature, doc: String, replacesLibrary: Bool = false, _ body: @escaping NativeBody) {
        define(Function(signature, doc: doc, body), replacesLibrary: replacesLibrary)
    }

    /// Adds a function value made elsewhere (a library of entries the plugin keeps in a table).
    public func define(_ function: Function, replacesLibrary: Bool = false) {
        let name = function.signature.name
        if functions.contains(where: { $0.name == name }) {
            problems.append("it defines '\(name)' twice")
        } else if Interpreter.libraryNames.contains(name) != replacesLibrary {
            problems.append(replacesLibrary ? "'\(name)' is not a library function it could replace"
                                            : "'\(name)' is a library function; a plugin replaces one only when it says so (replacesLibrary: true)")
        } else {
            functions.append((name, function, replacesLibrary))
        }
    }

    /// Documents an object type the plugin's functions return (`optimizer`, `surface`).
    public func objectType(_ doc: ObjectTypeDoc) {
        objectTypes.append(doc)
    }

    /// Adds a data set to `dataset("…")`, drawn from the run's seeded generator.
    public func dataset(_ recipe: DatasetRecipe) {
        if Dataset.catalogue.contains(where: { $0.name == recipe.name }) || datasets.contains(where: { $0.name == recipe.name }) {
            problems.append("the data set '\(recipe.name)' already exists")
        } else {
            datasets.append(recipe)
        }
    }

    /// Adds a `:` command to the REPL.
    public func command(_ command: PluginCommand) {
        if commands.contains(where: { $0.name == command.name }) {
            problems.append("it adds the command ':\(command.name)' twice")
        } else {
            var command = command
            command.plugin = plugin
            commands.append(command)
        }
    }

    /// Adds a lesson cell kind: ```` ```knobs NAME ```` in a lesson that names the plugin.
    ///
    /// The name must be in the manifest's ``PluginManifest/cellKinds`` too, and cannot be
    /// one of the lesson's own kinds (``PluginCellKind/builtInNames``).
    public func cellKind(_ kind: PluginCellKind) {
        if !PluginAPI.isValidName(kind.name) {
            problems.append("'\(kind.name)' cannot name a cell kind: lower-case letters, digits and '-', starting with a letter")
        } else if PluginCellKind.builtInNames.contains(kind.name) {
            problems.append("'\(kind.name)' is a built-in word of a lesson's cells, not a cell kind it could add")
        } else if cellKinds.contains(where: { $0.name == kind.name }) {
            problems.append("it adds the cell kind '\(kind.name)' twice")
        } else if !listedCellKinds.contains(kind.name) {
            problems.append("it adds the cell kind '\(kind.name)', which its manifest does not list (cellKinds: [\(listedCellKinds.joined(separator: ", "))])")
        } else {
            var kind = kind
            kind.plugin = plugin
            cellKinds.append(kind)
        }
    }

    /// The kinds the manifest lists that the plugin did not add: a lesson could name them, and nothing would draw them.
    var unaddedCellKinds: [String] {
        listedCellKinds.filter { name in !cellKinds.contains { $0.name == name } }
    }
}
