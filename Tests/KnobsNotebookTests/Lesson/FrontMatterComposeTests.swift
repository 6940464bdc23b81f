import Testing
import Yams
@testable import KnobsNotebook

/// The front matter's YAML read without Yams's default resolver: only when it
/// gives the same tree, checked against the resolver itself.
@Suite("front matter YAML without the default resolver")
struct FrontMatterComposeTests {
    /// Numbers, dates and words of every kind the default resolver knows, and near misses.
    static let known = [
        "42", "-17", "+0", "0", "007", "0x1F", "0o17", "0b1010", "1_000", "190:20:30", "1e5", "-1.5e-3", "3.", ".5", "+.inf",
        "-.Inf", ".NaN", "2024-01-01", "2024-1-1 10:00:00", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 Z",
        "~", "", "<<", "=", "Yes", "no", "OFF", "null", "NULL", "TRUE", "+", "-", ".", "1-2", "0xG", "12ab", "1 2", "e5",
    ]

    /// Short strings over the characters of numbers and dates (and a few that are not), from a fixed seed.
    static func generated(count: Int) -> [String] {
        let alphabet = Array("0123456789+-._:eExXoObBaAfFtTzZ lnusyNIL~<=\t")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) % 9
            return String((0..<length).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            })
        }
    }

    @Test("every plain scalar the default resolver reads as more than text is sent to it")
    func supersetOfTheResolver() {
        for text in Self.known + Self.generated(count: 30_000) {
            let tag = Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain))
            if tag != .str {
                #expect(FrontMatter.mayNotBeText(text), "'\(text)' is \(tag.rawValue)")
            }
        }
    }

    @Test("every plain scalar taken for a whole number is an integer to the default resolver")
    func wholeNumbersAreIntegers() {
        var numbers = 0
        for text in Self.known + Self.generated(count: 30_000) where FrontMatter.isWholeNumber(text) {
            numbers += 1
            #expect(Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain)) == .int, "'\(text)'")
        }
        #expect(numbers > 100, "too few whole numbers generated to mean much")
    }

    @Test("ids, titles and summaries like the lessons' are text without it", arguments: [
        "01-parameters", "02-line", "03-loss", "The knobs you turn", "A line has two knobs", "How wrong is a line?",
        "What a parameter is, starting from 2a + b, and why a network has billions of them.", "id", "title", "summary", "über",
    ])
    func usualText(_ text: String) {
        #expect(!FrontMatter.mayNotBeText(text))
        #expect(Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain)) == .str)
    }

    @Test("the tree is the default resolver's", arguments: [
        "id: 01-parameters\ntitle: The knobs you turn\nsummary: What a parameter is.",
        "id: x\ntitle: X\nseed: 42",
        "id: x\ntitle: 2024\nplugins: [a, yes, 'no']",
        "id: [a]\ntitle: X\nsummary: {a: 1}",
        "id: &a x\ntitle: *a",
        "id: !!str 2024\ntitle: !!int 7",
        "id: \"01\"\ntitle: 'T'\nplugins:\n  - one\n  - two",
        "id: x\ntitle: X\nseed: -1", "id: x\ntitle: X\nseed: 0", "id: x\ntitle: X\nseed: +5", "id: x\ntitle: X\nseed: 007",
        "id: x\ntitle: X\nseed: 1_000", "id: x\ntitle: Hello!\nseed: 12", "id: !!str 12\ntitle: X", "id: x\ntitle: 12\nplugins: [1, 2]",
        "12: twelve\nid: x",
    ])
    func sameTree(_ yaml: String) throws {
        #expect(try FrontMatter.compose(yaml) == Yams.compose(yaml: yaml))
    }

    @Test("an integer's value is Yams's")
    func integerValues() {
        for text in Self.known + Self.generated(count: 30_000) + ["12", "99999999999999999999", "9223372036854775807"] {
            let node = Node(text, Tag(.int), .plain)
            #expect(FrontMatter.integer(node) == node.int, "'\(text)'")
        }
    }
}
