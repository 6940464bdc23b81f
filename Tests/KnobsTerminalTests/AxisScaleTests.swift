import Testing
@testable import KnobsTerminal

/// Round ticks and their labels.
@Suite("Axis scales")
struct AxisScaleTests {
    @Test("the nearest of 1, 2 and 5 times a power of ten")
    func niceSteps() {
        #expect(AxisScale.niceStep(0.17) == 0.2)
        #expect(AxisScale.niceStep(0.55) == 0.5)
        #expect(AxisScale.niceStep(3.3) == 5)
        #expect(AxisScale.niceStep(70) == 50)
        #expect(AxisScale.niceStep(80) == 100)
        #expect(AxisScale.niceStep(0) == 1)
    }

    @Test("an axis widened to whole steps has ticks at both ends")
    func snapped() {
        let scale = AxisScale(0.03, 0.71, ticks: 4)
        #expect(scale.lower == 0 && scale.upper == 0.8 && scale.step == 0.2)
        #expect(scale.ticks.map(scale.label) == ["0.0", "0.2", "0.4", "0.6", "0.8"])
        let positions = AxisScale(0, 299, ticks: 6, wholeNumbers: true)
        #expect(positions.ticks.map(positions.label) == ["0", "50", "100", "150", "200", "250", "300"])
        #expect(AxisScale(0, 2, ticks: 20, wholeNumbers: true).step == 1)
    }

    @Test("a padded axis keeps close to the data and ticks inside it")
    func padded() {
        let scale = AxisScale(-1.1, 2.1, ticks: 6, padded: true)
        #expect(abs(scale.lower - -1.26) < 1e-9 && abs(scale.upper - 2.26) < 1e-9)
        #expect(scale.ticks.map(scale.label) == ["-1.0", "-0.5", "0.0", "0.5", "1.0", "1.5", "2.0"])
    }

    @Test("one value gets room around it; huge and tiny numbers use e notation; no minus zero")
    func edges() {
        let flat = AxisScale(5, 5, ticks: 4)
        #expect(flat.lower < 5 && flat.upper > 5)
        #expect(AxisScale(0, 0, ticks: 4).ticks.contains(0))
        let big = AxisScale(0, 3e6, ticks: 3)
        #expect(big.ticks.map(big.label) == ["0.0e0", "1.0e6", "2.0e6", "3.0e6"])
        let small = AxisScale(1e-5, 5e-5, ticks: 4)
        #expect(small.label(2e-5) == "2.0e-5")
        let around = AxisScale(-1, 1, ticks: 2)
        #expect(around.label(-0.0) == "0")
        #expect(around.label(-1e-17) == "0")
    }
}
