import Testing
@testable import KnobsEngine

/// Products big enough for the optimised kernel, against plain loops written here.
@Suite("Large matrix products")
struct LargeMatrixProductTests {
    /// `[m, k] @ [k, n]` by the textbook triple loop.
    static func naive(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                for p in 0..<k { c[i * n + j] += a[i * k + p] * b[p * n + j] }
            }
        }
        return c
    }

    static func transpose(_ x: [Double], rows: Int, columns: Int) -> [Double] {
        (0..<(rows * columns)).map { x[($0 % rows) * columns + $0 / rows] }
    }

    static func close(_ got: [Double], _ want: [Double]) -> Bool {
        got.count == want.count && zip(got, want).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }
    }

    @Test("a [70, 64] @ [64, 90] product and both of its gradients")
    func largeProduct() throws {
        let (m, k, n) = (70, 64, 90)
        let a = Tensor.parameter(Sample.uniform([m, k], seed: 91).values, shape: [m, k])
        let b = Tensor.parameter(Sample.uniform([k, n], seed: 92).values, shape: [k, n])
        let product = try Tensor.matmul(a, b)
        #expect(product.shape == [m, n])
        #expect(Self.close(product.values, Self.naive(a.values, b.values, m: m, k: k, n: n)))

        let g = Sample.uniform([m, n], seed: 93)
        try (product * g).reduce(.sum).backward()
        // dA = G · Bᵀ, dB = Aᵀ · G
        let dA = Self.naive(g.values, Self.transpose(b.values, rows: k, columns: n), m: m, k: n, n: k)
        let dB = Self.naive(Self.transpose(a.values, rows: m, columns: k), g.values, m: k, k: m, n: n)
        #expect(Self.close(try #require(a.grad), dA))
        #expect(Self.close(try #require(b.grad), dB))
    }

    @Test("OpenBLAS loads (knobs needs Debian's libopenblas0; without it big products run in Swift)")
    func openBLASLoads() {
        #expect(OpenBLAS.dgemm != nil)
    }

    @Test("a big product without OpenBLAS, as where it cannot be loaded: the Swift kernel, either operand transposed")
    func swiftKernelForBigProducts() {
        let (m, k, n) = (40, 33, 50)
        let a = Sample.uniform([m, k], seed: 94).values
        let b = Sample.uniform([k, n], seed: 95).values
        #expect(m * k * n >= MatrixKernel.blasThreshold)
        let want = Self.naive(a, b, m: m, k: k, n: n)
        #expect(Self.close(MatrixKernel.product(a, b, m: m, k: k, n: n, allowsBLAS: false), want))
        let aT = Self.transpose(a, rows: m, columns: k), bT = Self.transpose(b, rows: k, columns: n)
        #expect(Self.close(MatrixKernel.product(aT, bT, m: m, k: k, n: n, transposeA: true, transposeB: true, allowsBLAS: false), want))
        #expect(Self.close(MatrixKernel.product(a, b, m: m, k: k, n: n), want))
    }
}
