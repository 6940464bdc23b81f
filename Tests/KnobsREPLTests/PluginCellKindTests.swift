import Foundation
import KnobsNotebook
import KnobsPluginAPI
import Synchronization
import Testing
@testable import KnobsREPL

/// A plugin adding the cell kind `echo` that counts how often it is registered (loaded).
struct EchoCellPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "echo", version: "1.0.0", summary: "Echoes cells.", cellKinds: ["echo"])
    static let registrations = Mutex(0)

    func register(into host: PluginHost) throws {
        Self.registrations.withLock { $0 += 1 }
        host.cellKind(PluginCellKind(name: "echo", summary: "The text again.") { text, _ in text })
    }
}

/// How the REPL and the executable tell the lesson parser of the plugins' cell kinds.
@Suite("Plugin cell kinds for lessons")
struct PluginCellKindTests {
    @Test("a plugin cannot take a word of the lesson's own cells")
    func builtInsReserved() {
        for kind in LessonCell.Kind.allCases {
            #expect(PluginCellKind.builtInNames.contains(kind.rawValue), "\(kind)")
        }
    }

    @Test("the lessons parse with the plugins' kinds from their manifests, loading no plugin; the drawer draws after loading")
    func parsedWithoutLoading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "---\nid: 01-echo\ntitle: Echo\nplugins: [echo]\n---\nText.\n\n```knobs echo\nhello\n```\n"
        try text.write(to: folder.appendingPathComponent("01-echo.md"), atomically: true, encoding: .utf8)
        let plugins = PluginCatalog(builtIn: [EchoCellPlugin.self], searchPaths: [])
        #expect(plugins.lessonPlugins == KnownPlugins(names: ["echo"], cellKinds: ["echo": ["echo"]]))
        let before = EchoCellPlugin.registrations.withLock { $0 }
        let lesson = try #require(LessonCatalog(folder: folder.path, knownPlugins: plugins.lessonPlugins).entries.first?.lesson)
        #expect(EchoCellPlugin.registrations.withLock { $0 } == before, "parsing the lesson loaded its plugin")
        guard case .pluginCell(let cell) = lesson.steps.last else {
            Issue.record("the last step is not the echo cell: \(lesson.steps)")
            return
        }
        let draw = try plugins.load(lesson.info.plugins).cellDrawer(terminal: Terminal(width: 80, color: false, unicode: true))
        #expect(try draw(cell).get() == "hello\n")
    }
}
