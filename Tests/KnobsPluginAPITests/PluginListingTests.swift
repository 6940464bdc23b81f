import KnobsPluginAPI
import Testing

/// What `knobs plugins NAME` and `:help NAME` print for a plugin: wrapped to the terminal's width.
@Suite("Plugin listing")
struct PluginListingTests {
    @Test("a plugin's details are wrapped to the width, each part under its own indent")
    func detailsWrapped() throws {
        let plugin = try Fixtures.catalog().load("twice")
        let text = PluginListing.details(plugin, width: 30)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= 30 }, "\(text)")
        #expect(text.hasPrefix("twice 1.0.0 (plugin API 1,\n  built-in)\nDoubles numbers.\n\n"), "\(text)")
        #expect(text.contains("\n  twice(x)\n      Two times x: twice(3) is\n      6.\n"), "\(text)")
        #expect(text.contains("\nData sets:\n  dataset(\"steps\", n: 3,\n    noise: 0) y = 2x at x = 0,\n    1, 2, ….\n"), "\(text)")
        #expect(text.contains("\nREPL commands:\n  :double N  Prints 2N.\n"), "\(text)")
    }

    @Test("at 80 columns short lines are left as they are")
    func detailsUnwrapped() throws {
        let plugin = try Fixtures.catalog().load("twice")
        #expect(PluginListing.details(plugin) == """
            twice 1.0.0 (plugin API 1, built-in)
            Doubles numbers.

              twice(x)
                  Two times x: twice(3) is 6.

            Object types:
              pair: Two numbers.

            Data sets:
              dataset("steps", n: 3, noise: 0)  y = 2x at x = 0, 1, 2, ….

            REPL commands:
              :double N  Prints 2N.

            """)
    }
}
