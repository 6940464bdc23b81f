import Foundation

/// One of the ways knobs reads input written by strangers, as a fuzzer drives it.
///
/// Each target takes arbitrary bytes, feeds them to knobs through its public
/// API and checks what must hold whatever the input (see each `run…`
/// method); a trap, a hang or a blown memory limit is a finding. The libFuzzer
/// binary (`Fuzz/Driver`) and the corpus replay test
/// (`Tests/FuzzCorpusTests`) both call ``run(_:)``, so CI replays exactly what
/// the fuzzer ran. See `docs/FUZZING.md`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The lexer and parser, the diagnostics' renderer and the syntax highlighter.
    case syntax
    /// A whole program run by an ``KnobsLang/Interpreter`` under small limits.
    case evaluator
    /// A lesson file: front matter, cells, their links; a valid one is released and read back.
    case lesson
    /// One submission graded against a fixed key, and its reports.
    case grade
    /// A deck of the Dutch quiz (knobs's own format, or an Anki export); a valid one is written and read back.
    case deck

    /// Feeds `bytes` to this target.
    public func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .syntax: FuzzTarget.runSyntax(text)
        case .evaluator: FuzzTarget.runEvaluator(text)
        case .lesson: FuzzTarget.runLesson(bytes)
        case .grade: FuzzTarget.runGrade(Data(buffer: bytes))
        case .deck: FuzzTarget.runDeck(Array(bytes))
        }
    }

    /// Feeds `data` to this target.
    public func run(_ data: Data) {
        data.withUnsafeBytes { raw in run(raw.bindMemory(to: UInt8.self)) }
    }
}
