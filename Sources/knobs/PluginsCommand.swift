import ArgumentParser
import KnobsPluginAPI
import KnobsTerminal

/// `knobs plugins [NAME]`: the plugins knobs can find, or what one adds.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the plugins (name, version, summary, where from), or show what one adds.",
        discussion: """
            Built-in plugins come with knobs; script plugins are folders with a plugin.yaml, \
            found in the folders of KNOBS_PLUGIN_PATH (separated by ':') and in the data \
            directory's plugins/ folder. See docs/PLUGINS.md.

            Examples:
              knobs plugins
              knobs plugins optimizers
            """
    )

    @Argument(help: ArgumentHelp("A plugin's name: show every function it adds, with its signature and documentation.", valueName: "name"))
    var name: String?

    func run() throws {
        let catalog = BuiltinPlugins.catalog()
        guard let name else {
            Console.standardOutput.write(PluginListing.table(catalog, width: Terminal.current().width))
            return
        }
        do {
            Console.standardOutput.write(PluginListing.details(try catalog.load(name), width: Terminal.current().width))
        } catch {
            Console.standardError.write(DiagnosticRenderer(color: Console.standardError.usesColor).render(error.diagnostics))
            throw ExitCode(2)
        }
    }
}
