import Foundation
import KnobsPluginAPI

extension QuizStatistics {
    /// The statistics as text for a terminal: a table of cards by state, the last 30 days,
    /// the streak, and the forecast as a line chart with its numbers beneath.
    public func render(_ terminal: Terminal) -> String {
        let symbols = QuizSymbols(terminal: terminal)
        var text = symbols.paint("Quiz statistics, \(SessionSummary.localTime(now, timeZone))", QuizSymbols.wordStyle) + "\n\n"
        text += deckTable()
        text += "\n"
        let answers = recent.right + recent.almost + recent.wrong
        text += "Last \(Self.recentDays) days: \(answers) answer\(answers == 1 ? "" : "s")"
            + (answers == 0 ? ".\n" : " (\(recent.right) right, \(recent.almost) almost, \(recent.wrong) wrong).\n")
        if retention.reviews == 0 {
            text += "Retention: no reviews of learned cards yet (it counts cards past their learning steps).\n"
        } else {
            let percent = Int((100 * Double(retention.remembered) / Double(retention.reviews)).rounded())
            text += "Retention: \(percent)%: \(retention.remembered) of \(retention.reviews) reviews of learned cards remembered (the aim is 90%).\n"
        }
        let days = { (n: Int) in n == 1 ? "1 day" : "\(n) days" }
        if streak == 0 {
            text += "Streak: none yet; a review today starts one." + (longestStreak > 0 ? " Longest: \(days(longestStreak)).\n" : "\n")
        } else {
            text += "Streak: \(days(streak))" + (reviewedToday ? ", today included" : "; a review today keeps it going")
                + ". Longest: \(days(longestStreak)).\n"
        }
        text += "\n" + forecastChart(terminal)
        return text
    }

    /// `deck  new  learning  review  relearning  due now`, one row per deck and a total.
    private func deckTable() -> String {
        let header = ["deck", "new", "learning", "review", "relearning", "due now"]
        var rows = decks.map { counts in
            [counts.deck, counts.new.map(String.init) ?? "-", String(counts.learning), String(counts.review), String(counts.relearning), String(counts.dueNow)]
        }
        if decks.count > 1 {
            let known = decks.compactMap(\.new)
            rows.append([
                "total", known.count == decks.count ? String(known.reduce(0, +)) : "-",
                String(decks.map(\.learning).reduce(0, +)), String(decks.map(\.review).reduce(0, +)),
                String(decks.map(\.relearning).reduce(0, +)), String(decks.map(\.dueNow).reduce(0, +)),
            ])
        }
        let widths = header.indices.map { column in ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == 0 ? cell + fill : fill + cell
            }.joined(separator: "  ") + "\n"
        }.joined()
    }

    /// The forecast as a line chart, then the count of each day; a sentence when nothing falls
    /// due (a flat line at 0 would only bring an axis from -1 to 1).
    private func forecastChart(_ terminal: Terminal) -> String {
        guard forecast.contains(where: { $0 > 0 }) else {
            return "Cards due in the next \(Self.forecastDays) days: none.\n"
        }
        let chart = LineChart(
            series: [.init(forecast.map(Double.init), label: "due")], title: "Cards due in the next \(Self.forecastDays) days",
            xLabel: "days from today (0 = today, with the overdue)", yLabel: "cards")
        let width = min(terminal.width, 72)
        var text = chart.render(width: width, height: 8, terminal: terminal)
        text += "By day: " + forecast.map(String.init).joined(separator: " ") + "\n"
        return text
    }
}
