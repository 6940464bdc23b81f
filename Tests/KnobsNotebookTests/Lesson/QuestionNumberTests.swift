import Foundation
import Testing
@testable import KnobsNotebook

/// A number as a learner types it, read without Foundation's string functions: the same values as
/// reading it with them (`trimmingCharacters(in: .whitespaces)`, `replacingOccurrences`), the oracle here.
@Suite("numbers typed by a learner")
struct QuestionNumberTests {
    static func foundationNumber(_ text: String) -> Double? {
        func plain(_ text: String) -> Double? {
            var text = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            if !text.contains("."), text.filter({ $0 == "," }).count == 1 { text = text.replacingOccurrences(of: ",", with: ".") }
            guard let value = Double(text), value.isFinite, text.allSatisfy({ "0123456789.+-eE".contains($0) }) else { return nil }
            return value
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = plain(String(parts[0])), let bottom = plain(String(parts[1])), bottom != 0 else { return nil }
            return top / bottom
        }
        return plain(trimmed)
    }

    @Test("the same value as Foundation's reading", arguments: [
        "0.75", "0,75", " 0,75 ", "\t3/4", "3 / 4", "-2", "1e-3", "1_000", "1_000,5", "1,000.5", "1,2,3", "", " ", "\u{3000}7\u{A0}",
        "3/0", "x", "1.5.2", "+4", "inf", "nan", "1e400", "_", "1__0", "0,5/2", "½", "٣", "7\u{301}", "\u{2003}42\u{2003}",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(Question.number(in: text) == Self.foundationNumber(text), "'\(text)'")
    }
}
