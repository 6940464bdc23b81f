import Foundation
import Testing
@testable import DutchQuizPlugin

/// The keys after an answer: Anki's four buttons.
@Suite("grades")
struct RatingInputTests {
    @Test("Enter keeps the suggestion; numbers, names, first letters and :names give a grade", arguments: [
        ("", RatingInput.keep), ("  ", .keep), ("1", .rate(.again)), ("2", .rate(.hard)), ("3", .rate(.good)), ("4", .rate(.easy)),
        ("again", .rate(.again)), ("Hard", .rate(.hard)), (":good", .rate(.good)), (":e", .rate(.easy)), ("a", .rate(.again)),
        (":quit", .quit), ("q", .quit), (":say", .say), ("5", .unknown), ("0", .unknown), ("great", .unknown), ("::good", .unknown),
    ])
    func keys(line: String, input: RatingInput) {
        #expect(RatingInput(line) == input)
    }
}
