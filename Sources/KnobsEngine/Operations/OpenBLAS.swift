#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OpenBLAS's `cblas_dgemm`, loaded with `dlopen` by the first product big
/// enough to need it, not linked.
///
/// A linked OpenBLAS loads with every run of knobs, and that costs a short
/// run more than it ever multiplies: binding the library's symbols takes about
/// 8 million instructions (a fifth of CPython's whole start-up), and its
/// load-time constructor starts a pool of worker threads, one of which spins in
/// `sched_yield` waiting for work for about 0.1 s, that is for as long as a REPL
/// start or a `knobs eval` lives. Neither can be stopped from Swift once
/// `main` runs: OpenBLAS reads `OPENBLAS_NUM_THREADS` in that constructor, and
/// `openblas_set_num_threads(1)` leaves the spinning thread spinning (both
/// measured; see docs/ENGINE.md, "Matrix products"). Loaded here, OpenBLAS
/// starts its threads only in a process that multiplies a big matrix, and then
/// uses as many as it always did.
///
/// Without a loadable OpenBLAS, ``dgemm`` is nil and every product runs in
/// Swift: slower on big matrices, never wrong.
enum OpenBLAS {
    /// `cblas_dgemm`'s C signature, from the CBLAS standard (32-bit integers, as
    /// Debian's `libopenblas0` and every non-ILP64 build have them).
    typealias Dgemm = @convention(c) (
        _ order: Int32, _ transposeA: Int32, _ transposeB: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
        _ alpha: Double, _ a: UnsafePointer<Double>?, _ lda: Int32, _ b: UnsafePointer<Double>?, _ ldb: Int32,
        _ beta: Double, _ c: UnsafeMutablePointer<Double>?, _ ldc: Int32
    ) -> Void

    /// The CBLAS standard's values of `CblasRowMajor`, `CblasNoTrans` and `CblasTrans`.
    static let rowMajor: Int32 = 101
    static let noTranspose: Int32 = 111
    static let transpose: Int32 = 112

    /// The library's file names, most specific first: the soname a package installs, then the development link.
    #if canImport(Darwin)
    static let libraryNames = ["libopenblas.0.dylib", "libopenblas.dylib"]
    #else
    static let libraryNames = ["libopenblas.so.0", "libopenblas.so"]
    #endif

    /// `cblas_dgemm`, loaded on first use (once, safely from any thread); nil when no OpenBLAS can be loaded.
    static let dgemm: Dgemm? = load()

    private static func load() -> Dgemm? {
        for name in libraryNames {
            guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let symbol = dlsym(library, "cblas_dgemm") {
                return unsafeBitCast(symbol, to: Dgemm.self)
            }
            dlclose(library)
        }
        return nil
    }
}
