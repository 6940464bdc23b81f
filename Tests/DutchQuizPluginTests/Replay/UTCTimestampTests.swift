import Foundation
import Testing
@testable import DutchQuizPlugin
import KnobsPluginAPI

@Suite("ISO 8601 review times")
struct UTCTimestampTests {
    func parse(_ text: String) -> Int64? {
        try? UTCTimestamp.parse(text).get()
    }

    @Test("offsets are turned into UTC and fractions kept to the microsecond")
    func parsing() {
        let nine: Int64 = 1_709_283_600_000_000
        #expect(parse("2024-03-01T09:00:00Z") == nine)
        #expect(parse("2024-03-01t09:00:00z") == nine)
        #expect(parse("2024-03-01 10:00:00+01:00") == nine)
        #expect(parse("2024-03-01T05:30:00-0330") == nine)
        #expect(parse("2024-03-01T11:00:00+02") == nine)
        #expect(parse("2024-03-01T09:00:00.25Z") == nine + 250_000)
        #expect(parse("2024-03-01T09:00:00,000001Z") == nine + 1)
        #expect(parse("2024-02-29T00:00:00Z") != nil)
        #expect(parse("1969-12-31T23:59:59.5Z") == -500_000)
    }

    @Test("impossible or incomplete times are refused", arguments: [
        "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-03-01T24:00:00Z", "2024-03-01T09:60:00Z",
        "2024-03-01T09:00:60Z", "2024-03-01", "2024-03-01T09:00Z", "2024-03-01T09:00:00", "2024-03-01T09:00:00.Z",
        "2024-03-01T09:00:00+25:00", "2024-03-01T09:00:00Z ", "1709283600",
    ])
    func refused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test("formatting agrees with Foundation's ISO 8601 formatter from 1900 to 2200")
    func formatting() {
        let formatter = ISO8601DateFormatter()
        var generator = RandomGenerator(seed: 42)
        for _ in 0..<2000 {
            let seconds = Int64(generator.below(9_467_280_000)) - 2_208_988_800  // 1900 ... 2200
            let text = UTCTimestamp.format(seconds * 1_000_000)
            #expect(text == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
            #expect(parse(text) == seconds * 1_000_000)
        }
        #expect(UTCTimestamp.format(1_709_283_600_000_001) == "2024-03-01T09:00:00.000001Z")
        #expect(UTCTimestamp.format(-500_000) == "1969-12-31T23:59:59.500000Z")
    }

}
