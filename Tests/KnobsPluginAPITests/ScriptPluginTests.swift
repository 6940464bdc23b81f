import Foundation
import KnobsPluginAPI
import Testing

@Suite("Script plugins")
struct ScriptPluginTests {
    @Test("script plugins are found on the path by their manifests' names")
    func found() {
        let catalog = Fixtures.catalog()
        #expect(catalog.names == ["twice", "greetings", "broken-syntax", "bad-manifest", "future-api", "takes-library", "hello-again"])
        let greetings = catalog.entries.first { $0.name == "greetings" }
        #expect(greetings?.manifest?.version == "0.1.0")
        #expect(greetings?.source == .folder(Fixtures.folder + "/greetings"))
    }

    @Test("a folder on the path that is itself a plugin is found")
    func folderIsAPlugin() {
        let catalog = Fixtures.catalog([], paths: [Fixtures.folder + "/greetings"])
        #expect(catalog.names == ["greetings"])
    }

    @Test("the files run in order in the learner's interpreter, their functions documented by their comments")
    func installed() throws {
        let plugins = try Fixtures.catalog().load(["greetings"])
        let interpreter = Interpreter(output: { _ in })
        plugins.install(into: interpreter)
        #expect(Fixtures.run("shout(\"Ada\")", in: interpreter) == "\"hello, Ada!\"")
        #expect(Fixtures.run("greeting_count", in: interpreter) == "2")
        let hello = try #require(plugins.definition(of: "hello")).definition
        #expect(hello == PluginFunctionDoc(name: "hello", summary: "hello(name)", doc: "Greets someone by name: hello(\"Ada\")."))
        #expect(plugins.definition(of: "greeting_count")?.definition.summary == "a number")
        _ = Fixtures.run("hello = 1", in: interpreter)
        #expect(interpreter.restoreBuiltins() == ["hello"])
    }

    @Test("a syntax error is reported in its file and line before anything runs")
    func syntaxError() throws {
        let problem = try #require(Fixtures.problems(loading: ["broken-syntax"], from: Fixtures.catalog()).first)
        #expect(problem.kind == .syntax)
        #expect(problem.position == Fixtures.folder + "/broken-syntax/broken.knobs:3:1" || problem.position.hasPrefix(Fixtures.folder + "/broken-syntax/broken.knobs:2:"))
        #expect(problem.notes.contains { $0.contains("in plugin 'broken-syntax'") })
    }

    @Test("a manifest's unknown key is reported at its line and column with a suggestion")
    func badManifest() throws {
        let problems = Fixtures.problems(loading: ["bad-manifest"], from: Fixtures.catalog())
        #expect(problems.map(\.message) == ["unknown manifest key 'sumary'", "the manifest has no summary"])
        #expect(problems.first?.position == Fixtures.folder + "/bad-manifest/plugin.yaml:4:1")
        #expect(problems.first?.hint == "did you mean 'summary'?")
    }

    @Test("a script plugin for another API version is refused at its manifest's api line")
    func apiVersion() {
        let problems = Fixtures.problems(loading: ["future-api"], from: Fixtures.catalog())
        #expect(problems.map(\.message) == ["plugin 'future-api' was written for plugin API 99; this knobs offers API \(PluginAPI.version)"])
        #expect(problems.first?.position == Fixtures.folder + "/future-api/plugin.yaml:3:6")
    }

    @Test("a script plugin cannot take a library name, and is told where")
    func libraryName() throws {
        let problem = try #require(Fixtures.problems(loading: ["takes-library"], from: Fixtures.catalog()).first)
        #expect(problem.message == "plugin 'takes-library' defines 'mean', a library function")
        #expect(problem.position == Fixtures.folder + "/takes-library/t.knobs:4:1")
    }

    @Test("two script plugins that define one name clash, reported at the second one's definition")
    func clash() {
        let problems = Fixtures.problems(loading: ["greetings", "hello-again"], from: Fixtures.catalog())
        #expect(problems.map(\.message) == ["plugins 'greetings' and 'hello-again' both define 'hello'"])
        #expect(problems.first?.position == Fixtures.folder + "/hello-again/h.knobs:1:1")
        #expect(problems.first?.notes == ["'greetings' defines it at \(Fixtures.folder)/greetings/hello.knobs:2"])
    }

    @Test("the clash is reported at the definition of the plugin listed second")
    func clashOrder() {
        let problems = Fixtures.problems(loading: ["hello-again", "greetings"], from: Fixtures.catalog())
        #expect(problems.map(\.message) == ["plugins 'hello-again' and 'greetings' both define 'hello'"])
        #expect(problems.first?.position == Fixtures.folder + "/greetings/hello.knobs:2:1")
        #expect(problems.first?.notes == ["'hello-again' defines it at \(Fixtures.folder)/hello-again/h.knobs:1"])
    }

    @Test("free mode loads every plugin that loads cleanly and reports the rest")
    func loadAll() {
        let (plugins, problems) = Fixtures.catalog().loadAll()
        #expect(plugins.names == ["twice", "greetings"])
        #expect(problems.count == 6)  // broken-syntax, bad-manifest (two), future-api, takes-library, hello-again
    }

    @Test("the example plugin's optimizer takes steps of length lr and trains a network")
    func example() throws {
        let plugins = try Fixtures.catalog([], paths: [Fixtures.examples]).load(["unit-step"])
        let interpreter = Interpreter(output: { _ in })
        plugins.install(into: interpreter)
        let step = """
        opt = unit_step(lr: 0.5)
        w = param([1, 1])
        backward(sum(w * tensor([3, 4])))
        opt.step(w)
        w
        """
        #expect(Fixtures.run(step, in: interpreter) == "param([0.7, 0.6])")
        let training = """
        seed(1)
        data = dataset("line", n: 20)
        net = linear(1, 1)
        before = mse(net(data.x), data.y).item()
        h = train(net, data, opt: unit_step(lr: 0.05), epochs: 100)
        h.loss[-1] < before / 10
        """
        #expect(Fixtures.run(training, in: interpreter) == "true")
    }
}
