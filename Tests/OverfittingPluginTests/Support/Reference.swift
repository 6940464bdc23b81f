import Foundation
import Testing

/// The numbers `Fixtures/make_fixtures.py` computed with numpy (see that script).
struct Reference: Decodable {
    struct PolyfitCase: Decodable {
        let name: String
        let degree: Int
        let x: [Double]
        let y: [Double]
        /// numpy's polyfit, highest power first.
        let numpy: [Double]
        /// The exact least-squares coefficients, from rational arithmetic.
        let exact: [Double]
        /// How far numpy is from them, relative to their largest.
        let numpy_error: Double
    }

    struct LstsqCase: Decodable {
        let name: String
        let columns: [[Double]]
        let b: [Double]
        let rcond: Double
        let solution: [Double]
        let rank: Int
        let singular_values: [Double]
    }

    struct UnderdeterminedCase: Decodable {
        let name: String
        let degree: Int
        let x: [Double]
        let y: [Double]
        let coefs: [Double]
        let rank: Int
    }

    struct RidgeCase: Decodable {
        let degree: Int
        let ridge: Double
        let x: [Double]
        let y: [Double]
        let coefs: [Double]
    }

    let numpy: String
    let polyfit: [PolyfitCase]
    let lstsq: [LstsqCase]
    let underdetermined: [UnderdeterminedCase]
    let ridge: [RidgeCase]

    static let shared: Reference = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/polyfit.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    /// max |a - b| / max |b|: how far `a` is from `b`, relative to the largest of `b`.
    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count)
        let largest = b.map(abs).max() ?? 0
        return zip(a, b).map { abs($0 - $1) }.max()! / (largest > 0 ? largest : 1)
    }
}

extension Reference.PolyfitCase: CustomTestStringConvertible {
    var testDescription: String { "\(name), degree \(degree)" }
}

extension Reference.LstsqCase: CustomTestStringConvertible {
    var testDescription: String { name }
}

extension Reference.UnderdeterminedCase: CustomTestStringConvertible {
    var testDescription: String { name }
}

extension Reference.RidgeCase: CustomTestStringConvertible {
    var testDescription: String { "degree \(degree), ridge \(ridge)" }
}
