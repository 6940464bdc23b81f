import Foundation
import KnobsPluginAPI

/// A race as a learner sees it: a table of where each optimizer got and in how
/// many steps, then the paths over the surface's level lines.
public struct RaceReport {
    public let race: Race
    public let title: String

    public init(race: Race, title: String) {
        self.race = race
        self.title = title
    }

    /// The table, then the plot, each line ending in a newline.
    public func render(width: Int, height: Int, terminal: Terminal) -> String {
        MarkdownRenderer(terminal: terminal).render(table) + "\n" + plot.render(width: width, height: height, terminal: terminal)
    }

    /// The Markdown table: optimizer, where it ended, f there, and when it reached a minimum.
    public var table: String {
        let surface = race.surface
        var lines = ["| optimizer | ended at | f(x, y) | within \(number(race.tolerance)) of a minimum |", "|---|---|---|---|"]
        for entry in race.entries {
            let end = entry.end
            let reached: String
            if let step = entry.reachedAt, let minimum = entry.minimum {
                reached = "after \(step) step\(step == 1 ? "" : "s"), at (\(number(minimum.x)), \(number(minimum.y)))"
            } else {
                reached = entry.diverged ? "no: diverged after \(entry.path.count - 1) steps" : "not in \(race.steps) steps"
            }
            let cells = [entry.label, "(\(number(end.x)), \(number(end.y)))", number(surface.value(end.x, end.y)), reached]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The paths over the surface's level lines.
    public var plot: ContourPlot {
        let surface = race.surface
        let window = surface.window
        return ContourPlot(
            field: surface.value, x: window.x, y: window.y,
            paths: race.entries.map { ContourPlot.Path(xs: $0.path.map(\.x), ys: $0.path.map(\.y), label: $0.label) },
            start: (surface.start.x, surface.start.y), minima: surface.minima.map { ($0.x, $0.y) }, title: title)
    }

    /// A number to four decimals (in e notation when it is very small or large), as a table shows it.
    private func number(_ value: Double) -> String {
        guard value.isFinite else { return NumberFormatting.shortest(value) }
        if value != 0, abs(value) < 1e-4 || abs(value) >= 1e6 { return NumberFormatting.shortest(Double(String(format: "%.3e", value)) ?? value) }
        return NumberFormatting.shortest((value * 1e4).rounded() / 1e4)
    }
}
