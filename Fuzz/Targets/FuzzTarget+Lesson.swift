import Foundation
import KnobsLang
import KnobsNotebook

extension FuzzTarget {
    /// The plugins a fuzzed lesson may name: those the bundled lessons name, with the quiz's cell kind.
    static let knownPlugins = KnownPlugins(names: ["dutch-quiz", "optimizers", "overfitting"], cellKinds: ["words": ["dutch-quiz"]])

    /// Reads `bytes` as a lesson file does (UTF-8 or refused) and parses it,
    /// rendering every problem; a lesson that parses is released, and the
    /// learner's copy must parse too.
    static func runLesson(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = String(bytes: bytes, encoding: .utf8) else { return }
        let key: Lesson
        do {
            key = try Lesson(text: text, name: "<fuzz>.md", knownPlugins: knownPlugins)
        } catch let problems as DiagnosticList {
            _ = DiagnosticRenderer(color: false).render(problems.diagnostics)
            return
        } catch {
            preconditionFailure("a lesson's parser threw something other than its diagnostics: \(error)")
        }
        let copy = LearnerCopy.text(of: key)
        do {
            _ = try Lesson(text: copy, name: "<fuzz copy>.md", knownPlugins: knownPlugins)
        } catch {
            preconditionFailure("the learner's copy of a lesson that parses does not parse: \(error)")
        }
    }
}
