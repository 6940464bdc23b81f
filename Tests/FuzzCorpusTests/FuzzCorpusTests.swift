import Foundation
import KnobsFuzzTargets
import Testing

/// Every input the fuzzers kept (`Fuzz/Corpus/TARGET/`) and every reproducer
/// of a finding that was fixed (`Tests/FuzzRegressions/TARGET/`) goes through
/// its target again, without libFuzzer: a trap, a failed check of the target
/// or a hang fails the run. See `docs/FUZZING.md`.
@Suite("the fuzzers' corpus, replayed")
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files in a folder of the repository, sorted; none when it does not exist.
    static func files(in folder: String) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    @Test("every target's kept corpus runs through it", arguments: FuzzTarget.allCases)
    func corpus(_ target: FuzzTarget) throws {
        let inputs = FuzzCorpusTests.files(in: "Fuzz/Corpus/\(target.rawValue)")
        #expect(inputs.count >= 10, "the corpus of \(target.rawValue) has \(inputs.count) inputs")
        for input in inputs {
            target.run(try Data(contentsOf: input))
        }
    }

    @Test("every reproducer of a fixed finding runs through its target", arguments: FuzzTarget.allCases)
    func regressions(_ target: FuzzTarget) throws {
        for input in FuzzCorpusTests.files(in: "Tests/FuzzRegressions/\(target.rawValue)") {
            target.run(try Data(contentsOf: input))
        }
    }
}
