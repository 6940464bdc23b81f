import Testing
@testable import KnobsLang

/// "Did you mean …?": the edit distance and the choice of a suggestion.
@Suite("Suggestions")
struct SuggestionsTests {
    private func distance(_ a: String, _ b: String) -> Int {
        Suggestions.distance(Array(a), Array(b))
    }

    @Test("edit distance counts insertions, deletions and substitutions")
    func editDistance() {
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("lr", "lr") == 0)
        #expect(distance("steps", "step") == 1)
    }

    @Test("swapping two neighbouring letters is one edit")
    func transposition() {
        #expect(distance("wieght", "weight") == 1)
        #expect(distance("ab", "ba") == 1)
    }

    @Test("a typo of a known name is suggested")
    func suggestsTypo() {
        #expect(Suggestions.closest(to: "wieght", among: ["weight", "bias"]) == "weight")
        #expect(Suggestions.closest(to: "prnt", among: ["print", "sqrt"]) == "print")
        #expect(Suggestions.closest(to: "Print", among: ["print"]) == "print")
    }

    @Test("a name far from every candidate gets no suggestion")
    func noSuggestionWhenFar() {
        #expect(Suggestions.closest(to: "momentum", among: ["w", "lr", "steps"]) == nil)
        #expect(Suggestions.closest(to: "anything", among: [String]()) == nil)
    }

    @Test("a name is not suggested for itself")
    func notItself() {
        #expect(Suggestions.closest(to: "lr", among: ["lr"]) == nil)
    }

    @Test("of two equally close candidates, the first in alphabetical order is chosen")
    func deterministicTie() {
        #expect(Suggestions.closest(to: "cat", among: ["hat", "bat"]) == "bat")
    }

    @Test("a one-letter name is not a typo of another one-letter name")
    func shortNames() {
        // 'x' and 'e' share nothing: suggesting Euler's number for an undefined x misleads.
        #expect(Suggestions.closest(to: "x", among: ["e", "pi"]) == nil)
        #expect(Suggestions.closest(to: "b", among: ["a"]) == nil)
    }
}
