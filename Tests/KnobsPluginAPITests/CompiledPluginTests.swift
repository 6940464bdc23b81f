import KnobsPluginAPI
import Testing

@Suite("Compiled plugins")
struct CompiledPluginTests {
    @Test("a loaded plugin's function runs in an interpreter and is documented")
    func functionInstalled() throws {
        let plugins = try Fixtures.catalog().load(["twice"])
        let interpreter = Interpreter(output: { _ in })
        plugins.install(into: interpreter)
        #expect(Fixtures.run("twice(21)", in: interpreter) == "42")
        let found = try #require(plugins.definition(of: "twice"))
        #expect(found.plugin.manifest.name == "twice")
        #expect(found.plugin.source == .builtIn)
        #expect(found.definition.summary == "twice(x)")
        #expect(found.definition.doc.contains("twice(3) is 6"))
        #expect(plugins.commands.map(\.name) == ["double"])
        #expect(found.plugin.objectTypes.map(\.name) == ["pair"])
    }

    @Test("a plugin's data set is drawn by dataset(...) with its defaults, its n and the run's seed")
    func dataset() throws {
        let interpreter = Interpreter(output: { _ in })
        try Fixtures.catalog().load(["twice"]).install(into: interpreter)
        #expect(Fixtures.run("dataset(\"steps\").y", in: interpreter) == "tensor([0, 2, 4])")
        #expect(Fixtures.run("dataset(\"steps\", n: 5).n", in: interpreter) == "5")
        let noisy = "seed(4); a = dataset(\"steps\", noise: 0.1).y; seed(4); b = dataset(\"steps\", noise: 0.1).y; [a == b, a != dataset(\"steps\").y]"
        #expect(Fixtures.run(noisy, in: interpreter) == "[true, true]")
        #expect(Fixtures.run("dataset(\"stepz\")", in: Interpreter(output: { _ in })).contains("there is no data set"))
    }

    @Test("a plugin that is not loaded adds nothing")
    func notLoadedAddsNothing() {
        let interpreter = Interpreter(output: { _ in })
        PluginSet.empty.install(into: interpreter)
        #expect(Fixtures.run("twice(21)", in: interpreter).hasPrefix("error: undefined variable 'twice'"))
    }

    @Test("a plugin replaces a library function only when it says so")
    func replacingTheLibrary() throws {
        let catalog = Fixtures.catalog([ReplacingPlugin.self, UnannouncedPlugin.self])
        let interpreter = Interpreter(output: { _ in })
        try catalog.load(["replacing"]).install(into: interpreter)
        #expect(Fixtures.run("sgd(lr: 1)", in: interpreter) == "\"the plugin's sgd\"")
        let problems = Fixtures.problems(loading: ["unannounced"], from: catalog)
        #expect(problems.map(\.message) == ["plugin 'unannounced' (built-in): 'mean' is a library function; a plugin replaces one only when it says so (replacesLibrary: true)"])
    }

    @Test("a plugin for another API version is refused")
    func apiVersion() {
        let problems = Fixtures.problems(loading: ["future"], from: Fixtures.catalog([FuturePlugin.self]))
        #expect(problems.map(\.message) == ["plugin 'future' (built-in): it was written for plugin API 99; this knobs offers API \(PluginAPI.version)"])
    }

    @Test("two plugins that define one name cannot be loaded together, and each alone can")
    func clash() throws {
        let catalog = Fixtures.catalog([TwicePlugin.self, OtherTwicePlugin.self])
        let problems = Fixtures.problems(loading: ["twice", "other-twice"], from: catalog)
        #expect(problems.map(\.message) == ["plugins 'twice' and 'other-twice' both define 'twice'"])
        #expect(Fixtures.problems(loading: ["other-twice"], from: catalog).isEmpty)
    }

    @Test("an unknown plugin is refused with a suggestion")
    func unknown() {
        let problems = Fixtures.problems(loading: ["twicee"], from: Fixtures.catalog(paths: []))
        #expect(problems.map(\.message) == ["there is no plugin 'twicee'"])
        #expect(problems.first?.hint == "did you mean 'twice'?")
    }

    @Test("a check sees the plugin's function even when the program rebound it")
    func protectedFromRebinding() throws {
        let interpreter = Interpreter(output: { _ in })
        try Fixtures.catalog().load(["twice"]).install(into: interpreter)
        #expect(interpreter.changedProtectedNames.isEmpty)
        _ = Fixtures.run("twice = fn(x) = 0", in: interpreter)
        #expect(Fixtures.run("twice(5)", in: interpreter) == "0")
        #expect(interpreter.changedProtectedNames == ["twice"])
        #expect(interpreter.restoreBuiltins() == ["twice"])
        #expect(Fixtures.run("twice(5)", in: interpreter) == "10")
    }
}
