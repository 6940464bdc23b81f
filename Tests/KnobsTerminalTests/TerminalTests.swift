import Testing
@testable import KnobsTerminal

/// Width, colour and Unicode from the facts of a process, each injected.
@Suite("Terminal facts")
struct TerminalTests {
    @Test("the width comes from the window, else COLUMNS, else 80")
    func width() {
        #expect(Terminal.detect(environment: ["COLUMNS": "100"], isTerminal: true, windowColumns: 132).width == 132)
        #expect(Terminal.detect(environment: ["COLUMNS": "100"], isTerminal: false, windowColumns: nil).width == 100)
        #expect(Terminal.detect(environment: ["COLUMNS": " 90 "], isTerminal: false, windowColumns: nil).width == 90)
        #expect(Terminal.detect(environment: ["COLUMNS": "wide"], isTerminal: false, windowColumns: nil).width == 80)
        #expect(Terminal.detect(environment: ["COLUMNS": "0"], isTerminal: true, windowColumns: 0).width == 80)
        #expect(Terminal.detect(environment: [:], isTerminal: false, windowColumns: nil).width == 80)
        #expect(Terminal.detect(environment: ["COLUMNS": "3"], isTerminal: false, windowColumns: nil).width == Terminal.minimumWidth)
    }

    @Test("colour only on a terminal, never with NO_COLOR or TERM=dumb")
    func color() {
        #expect(Terminal.detect(environment: [:], isTerminal: true, windowColumns: nil).color)
        #expect(!Terminal.detect(environment: [:], isTerminal: false, windowColumns: nil).color)
        #expect(!Terminal.detect(environment: ["NO_COLOR": "1"], isTerminal: true, windowColumns: nil).color)
        #expect(Terminal.detect(environment: ["NO_COLOR": ""], isTerminal: true, windowColumns: nil).color)
        #expect(!Terminal.detect(environment: ["TERM": "dumb"], isTerminal: true, windowColumns: nil).color)
    }

    @Test("Unicode when the locale is UTF-8: LC_ALL, then LC_CTYPE, then LANG")
    func unicode() {
        let cases: [([String: String], Bool)] = [
            ([:], false),
            (["LANG": "C"], false),
            (["LANG": "en_US.UTF-8"], true),
            (["LANG": "nl_NL.utf8"], true),
            (["LANG": "C.UTF-8", "LC_ALL": "C"], false),
            (["LANG": "C", "LC_CTYPE": "en_GB.UTF-8"], true),
            (["LC_ALL": "", "LC_CTYPE": "", "LANG": "de_DE.UTF-8"], true),
            (["LC_CTYPE": "POSIX", "LANG": "en_US.UTF-8"], false),
            (["LANG": "en_US.ISO-8859-1"], false),
        ]
        for (environment, expected) in cases {
            #expect(Terminal.detect(environment: environment, isTerminal: false, windowColumns: nil).unicode == expected, "\(environment)")
        }
    }
}
