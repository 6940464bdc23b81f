/// What a compiled plugin registers into: its functions, object types, data sets and REPL commands.
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
    private(set) var problems: [String] = []

    init(plugin: String, terminal: Terminal) {
        self.plugin = plugin
        self.terminal = terminal
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
}
