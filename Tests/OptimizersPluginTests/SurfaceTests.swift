import Testing
@testable import OptimizersPlugin

/// The test surfaces and races on them.
@Suite("Test surfaces and races")
struct SurfaceTests {
    @Test("each gradient matches central finite differences", arguments: TestSurface.allCases)
    func gradients(surface: TestSurface) {
        let window = surface.window
        let h = 1e-6
        for i in 0..<7 {
            for j in 0..<7 {
                let x = window.x.lowerBound + (window.x.upperBound - window.x.lowerBound) * (Double(i) + 0.31) / 7
                let y = window.y.lowerBound + (window.y.upperBound - window.y.lowerBound) * (Double(j) + 0.47) / 7
                let gradient = surface.gradient(x, y)
                let dx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h)
                let dy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h)
                let scale = max(1, abs(dx), abs(dy))
                #expect(abs(gradient.x - dx) <= 1e-6 * scale, "\(surface) ∂x at (\(x), \(y))")
                #expect(abs(gradient.y - dy) <= 1e-6 * scale, "\(surface) ∂y at (\(x), \(y))")
            }
        }
    }

    @Test("the minima are flat and lower than everything near them; start and minima lie in the window", arguments: TestSurface.allCases)
    func minima(surface: TestSurface) {
        let window = surface.window
        #expect(window.x.contains(surface.start.x) && window.y.contains(surface.start.y))
        for minimum in surface.minima {
            #expect(window.x.contains(minimum.x) && window.y.contains(minimum.y))
            let gradient = surface.gradient(minimum.x, minimum.y)
            #expect(abs(gradient.x) < 1e-9 && abs(gradient.y) < 1e-9, "\(surface) at \(minimum)")
            let low = surface.value(minimum.x, minimum.y)
            for (dx, dy) in [(1e-3, 0.0), (-1e-3, 0), (0, 1e-3), (0, -1e-3), (7e-4, 7e-4)] {
                #expect(surface.value(minimum.x + dx, minimum.y + dy) > low)
            }
            #expect(surface.start.distance(to: minimum) > 0.5, "a race starts away from the minima")
        }
    }

    @Test("on the bowl, momentum and Adam reach the minimum in fewer steps than plain SGD; a step too big diverges")
    func bowlRace() throws {
        var race = Race(surface: .bowl, steps: 300)
        try race.run(try StochasticGradientDescent(learningRate: 0.04))
        try race.run(try StochasticGradientDescent(learningRate: 0.04, momentum: 0.8))
        try race.run(try Adam(learningRate: 0.3))
        try race.run(try StochasticGradientDescent(learningRate: 0.11), label: "too big")
        let steps = race.entries.map(\.reachedAt)
        #expect(steps[0] != nil && steps[1] != nil && steps[2] != nil)
        #expect(steps[1]! < steps[0]!)
        #expect(steps[2]! < steps[0]!)
        #expect(race.entries[3].diverged && race.entries[3].reachedAt == nil)
        #expect(race.entries[3].label == "too big")
        #expect(race.entries[0].label == "sgd(lr: 0.04)")
        #expect(race.entries[0].path.count == 301)
        #expect(race.entries[0].path.first == TestSurface.bowl.start)
        #expect(race.entries[3].path.count < 301)
    }

    @Test("on Himmelblau the start decides the minimum: from (0, 0) Adam ends at (3, 2)")
    func himmelblau() throws {
        var race = Race(surface: .himmelblau, steps: 500)
        try race.run(try Adam(learningRate: 0.1))
        #expect(race.entries[0].minimum == TestSurface.Point(3, 2))
        #expect(race.entries[0].end.distance(to: TestSurface.Point(3, 2)) < 0.01)
    }

    @Test("the report's table has a row per optimizer saying when it arrived")
    func report() throws {
        var race = Race(surface: .bowl, steps: 300)
        try race.run(try Adam(learningRate: 0.3))
        try race.run(try StochasticGradientDescent(learningRate: 0.11))
        try race.run(try StochasticGradientDescent(learningRate: 0.001))
        let table = RaceReport(race: race, title: "bowl").table
        let rows = table.split(separator: "\n")
        #expect(rows.count == 5)
        #expect(rows[2].hasPrefix("| adam(lr: 0.3) | (") && rows[2].contains("| after \(race.entries[0].reachedAt!) steps, at (0, 0) |"))
        #expect(rows[3].contains("no: diverged after"))
        #expect(rows[4].hasSuffix("| not in 300 steps |"))
    }
}
