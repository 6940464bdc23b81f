import Foundation
import KnobsPluginAPI
import Testing

/// The tables and charts, drawn 80 columns wide without colour, against the
/// text committed in `Golden/`. With `KNOBS_RECORD_GOLDENS=1` a test writes
/// what it drew there instead, for a person to review in the diff.
@Suite("Golden drawings")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let ascii = Terminal(width: 80, color: false, unicode: false)

    @Test("drawings match their goldens", arguments: [
        ("degree-sweep", "seed(1)\ndegree_sweep(dataset(\"cubic\", n: 24), degrees: 0...12)", PluginRun.plain),
        ("degree-sweep-underdetermined", "seed(2)\ndegree_sweep(dataset(\"cubic\", n: 12), degrees: 0...10, test: 0.25)", PluginRun.plain),
        ("degree-sweep-ascii", "seed(1)\ndegree_sweep(dataset(\"cubic\", n: 24), degrees: 0...12, ridge: 0.001)", GoldenTests.ascii),
        ("show-fit", "seed(1)\ndata = dataset(\"cubic\")\nshow_fit(data, [polyfit(data.x, data.y, 1), polyfit(data.x, data.y, 3), polyfit(data.x, data.y, 15)], title: \"three fits\")", PluginRun.plain),
        ("overfit-net", "seed(1)\ntrain = dataset(\"cubic\", n: 10)\noverfit_net(train, test: dataset(\"cubic\", n: 50, noise: 0), patience: 200)", PluginRun.plain),
        ("learning-curve", "seed(5)\nlearning_curve(9, dataset(\"cubic\", n: 60))", PluginRun.plain),
    ])
    func golden(name: String, code: String, terminal: Terminal) throws {
        let run = try PluginRun(code, terminal: terminal)
        #expect(run.diagnostics == "")
        let text = run.shown
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(name) is wider than 80 columns")
        let file = GoldenTests.folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["KNOBS_RECORD_GOLDENS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(name) differs from Golden/\(name).txt; rerun with KNOBS_RECORD_GOLDENS=1 and review the diff")
    }

    @Test("a terminal with colour gets colour, one without gets none")
    func colour() throws {
        let coloured = try PluginRun("seed(1)\ndegree_sweep(dataset(\"cubic\"), degrees: 0...4)", terminal: Terminal(width: 80, color: true, unicode: true)).shown
        #expect(coloured.contains("\u{1B}["))
        let plain = try PluginRun("seed(1)\ndegree_sweep(dataset(\"cubic\"), degrees: 0...4)").shown
        #expect(!plain.contains("\u{1B}"))
    }

    @Test("a narrow terminal gets a narrow drawing")
    func narrow() throws {
        let text = try PluginRun("seed(1)\ndegree_sweep(dataset(\"cubic\"), degrees: 0...6)", terminal: Terminal(width: 50, color: false, unicode: true)).shown
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }
}
