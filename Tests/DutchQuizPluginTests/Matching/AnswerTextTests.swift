import DutchQuizPlugin
import Foundation
import Testing

/// The comparable form of an answer, and accents folded away.
@Suite("answer text")
struct AnswerTextTests {
    @Test("the comparable form", arguments: [
        ("  Het ’s-Avonds!  ", "het 's-avonds"), ("E–mail", "e-mail"), ("a\u{00A0}\u{2009}b", "a b"), ("«zo’n»", "zo'n"),
        ("ĲSLAND", "ijsland"), ("ide\u{0301}e", "idée"), ("(neural) network", "neural network"), ("10⁹", "10⁹"), ("", ""),
    ])
    func comparable(text: String, expected: String) {
        let result = AnswerText.comparable(text)
        #expect(result == expected)
        #expect(Array(result.unicodeScalars) == Array(expected.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("accents folded away, each letter in its place", arguments: [
        ("één", "een"), ("coëfficiënt", "coefficient"), ("crème", "creme"), ("ide\u{0301}e", "idee"), ("ɣəˈʋɪxt", "ɣəˈʋɪxt"),
    ])
    func folding(text: String, expected: String) {
        let folded = AnswerText.foldingAccents(text)
        #expect(folded == expected)
        #expect(folded.count == text.count)
    }
}
