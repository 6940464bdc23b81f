import Foundation
import KnobsPluginAPI
import Testing

/// Lesson cell kinds that compiled plugins add: listed by their manifests, checked when
/// they register, drawn for a terminal, their bad content reported at the lesson's line.
@Suite("Plugin cell kinds")
struct CellKindTests {
    /// The cell's text as the lesson parser gives it: named after the lesson, its first line after the fence on line 20.
    static func cell(_ text: String) -> SourceFile {
        SourceFile(name: "lesson.md", text: text + "\n", lineOffset: 20)
    }

    @Test("the catalogue knows each kind's plugin from the manifests alone")
    func listedByManifests() {
        let catalog = Fixtures.catalog([TwicePlugin.self, TallyPlugin.self, OtherTallyPlugin.self], paths: [])
        #expect(catalog.cellKinds == ["tally": ["tally", "other-tally"]])
        #expect(Fixtures.catalog().cellKinds.isEmpty)
    }

    @Test("a loaded plugin draws its cell for the terminal it is given, ending in a newline")
    func drawn() throws {
        let plugins = try Fixtures.catalog([TallyPlugin.self], paths: []).load(["tally"])
        #expect(plugins.cellKinds.map(\.name) == ["tally"])
        #expect(plugins.cellKinds.first?.plugin == "tally")
        let unicode = plugins.drawCell(kind: "tally", source: Self.cell("apples 3\nfig 1"), terminal: Terminal(width: 80, color: false, unicode: true))
        #expect(try unicode.get() == "apples ███\nfig █\n")
        let ascii = plugins.drawCell(kind: "tally", source: Self.cell("apples 3"), terminal: Terminal(width: 80, color: false, unicode: false))
        #expect(try ascii.get() == "apples ###\n")
    }

    @Test("bad content is a problem at the lesson's line and column, with the plugin's hint")
    func badContent() {
        let plugins = try? Fixtures.catalog([TallyPlugin.self], paths: []).load(["tally"])
        let result = plugins?.drawCell(kind: "tally", source: Self.cell("apples 3\npears"), terminal: Terminal(width: 80, color: false, unicode: true))
        guard case .failure(let problem)? = result else {
            Issue.record("bad content was drawn: \(String(describing: result))")
            return
        }
        #expect(problem.position == "lesson.md:22:1")
        #expect(problem.message == "'pears' is not a name and a count")
        #expect(problem.hint == "write apples 3")
    }

    @Test("a kind no loaded plugin adds is not drawn")
    func notLoaded() throws {
        let plugins = try Fixtures.catalog().load(["twice"])
        guard case .failure(let problem) = plugins.drawCell(kind: "tally", source: Self.cell("a 1"), terminal: Terminal(width: 80, color: false, unicode: true)) else {
            Issue.record("a kind of no loaded plugin was drawn")
            return
        }
        #expect(problem.message.contains("no plugin loaded for this lesson draws 'tally' cells"))
    }

    @Test("a plugin's kinds must be listed in its manifest, and added; built-in words and bad names are refused")
    func registrationChecked() {
        let catalog = Fixtures.catalog([ListsUnaddedKindPlugin.self, BadKindsPlugin.self], paths: [])
        #expect(Fixtures.problems(loading: ["lists-unadded"], from: catalog).map(\.message)
            == ["plugin 'lists-unadded' (built-in): its manifest lists the cell kind 'ghost', which it does not add"])
        let bad = Fixtures.problems(loading: ["bad-kinds"], from: catalog).map(\.message)
        #expect(bad.count == 1)
        #expect(bad.first?.contains("it adds the cell kind 'unlisted', which its manifest does not list (cellKinds: [check, Big])") == true, "\(bad)")
        #expect(bad.first?.contains("'check' is a built-in word of a lesson's cells") == true, "\(bad)")
        #expect(bad.first?.contains("'Big' cannot name a cell kind") == true, "\(bad)")
        #expect(bad.first?.contains("its manifest lists the cell kind 'check', which it does not add") == true, "\(bad)")
    }

    @Test("two plugins that add one kind cannot be loaded together, and each alone can")
    func clash() throws {
        let catalog = Fixtures.catalog([TallyPlugin.self, OtherTallyPlugin.self], paths: [])
        #expect(Fixtures.problems(loading: ["tally", "other-tally"], from: catalog).map(\.message)
            == ["plugins 'tally' and 'other-tally' both define '```knobs tally'"])
        _ = try catalog.load(["tally"])
        _ = try catalog.load(["other-tally"])
    }

    @Test("docs/PLUGINS.md gives the tally plugin these tests load, word for word")
    func documented() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let page = try String(contentsOf: here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/PLUGINS.md"), encoding: .utf8)
        let source = try String(contentsOf: here.appendingPathComponent("CellKindPlugins.swift"), encoding: .utf8)
        let start = try #require(source.range(of: "public struct TallyPlugin"))
        let end = try #require(source[start.lowerBound...].range(of: "\n}\n"))
        #expect(page.contains(source[start.lowerBound..<end.upperBound]))
    }

    @Test("knobs plugins NAME lists the kinds a plugin adds")
    func listed() throws {
        let plugin = try Fixtures.catalog([TallyPlugin.self], paths: []).load("tally")
        #expect(PluginListing.details(plugin).contains("\nLesson cell kinds:\n  ```knobs tally  Counts drawn as bars: one NAME N a line.\n"))
    }
}
