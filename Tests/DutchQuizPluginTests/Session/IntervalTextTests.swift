import Foundation
import Testing
@testable import DutchQuizPlugin

/// How long until a card comes back, as a learner reads it.
@Suite("interval text")
struct IntervalTextTests {
    static let cases: [(Double, String)] = [
        (30, "1 min"), (60, "1 min"), (330, "6 min"), (600, "10 min"), (3569, "59 min"), (3600, "1 h"), (18_000, "5 h"),
        (86_400, "1 day"), (172_800, "2 days"), (2_592_000, "30 days"), (5_270_400, "2.0 months"), (34_560_000, "1.1 years"),
    ]

    @Test("minutes, hours, days, months, years", arguments: cases)
    func waits(seconds: Double, text: String) {
        #expect(IntervalText.format(seconds: seconds) == text)
    }

    @Test("a session's time: m:ss, then h:mm:ss")
    func clock() {
        #expect(IntervalText.clock(seconds: 0) == "0:00")
        #expect(IntervalText.clock(seconds: 92.4) == "1:32")
        #expect(IntervalText.clock(seconds: 3725) == "1:02:05")
    }
}
