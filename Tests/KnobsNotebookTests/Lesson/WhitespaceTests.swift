import Foundation
import Testing
@testable import KnobsNotebook

/// The whitespace told without Foundation is Foundation's, checked against its character sets.
@Suite("whitespace without Foundation")
struct WhitespaceTests {
    /// Every scalar that is white space to either, and a few that are not.
    static let scalars: [Unicode.Scalar] = (0...0x3000).compactMap(Unicode.Scalar.init).filter {
        $0.properties.isWhitespace || CharacterSet.whitespacesAndNewlines.contains($0) || $0.value < 0x80
    } + ["\u{FEFF}", "\u{200B}", "\u{180E}"]

    @Test("a space or a tab is one of CharacterSet.whitespaces, for every scalar")
    func spaceOrTab() {
        for scalar in (0...0x10FFFF).compactMap(Unicode.Scalar.init) {
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("white space or a new line is one of CharacterSet.whitespacesAndNewlines, for every scalar")
    func whitespaceOrNewline() {
        for scalar in (0...0x10FFFF).compactMap(Unicode.Scalar.init) {
            #expect(scalar.isWhitespaceOrNewline == CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("trimming is trimmingCharacters(in: .whitespacesAndNewlines) and (in: .whitespaces)")
    func trimming() {
        for scalar in Self.scalars {
            for text in ["\(scalar)", "\(scalar)a\(scalar)b\(scalar)", "a\(scalar)", "\(scalar)\(scalar)é\u{301}"] {
                #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                        "U+\(String(scalar.value, radix: 16))")
                #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }
}
