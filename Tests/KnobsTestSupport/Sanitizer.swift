#if canImport(Glibc)
import Glibc
#endif

/// Whether this test run was built with AddressSanitizer or ThreadSanitizer
/// (`-sanitize=address` or `thread`); the `knobs` binary the tests start was
/// built with it too.
///
/// A sanitizer reserves terabytes of address space for its shadow memory, so
/// nothing built with one starts under a small `ulimit -v`: a test of that
/// limit says so and is skipped rather than failing for the sanitizer's sake.
public enum Sanitizer {
    /// True when the sanitizers' runtime is in this process.
    public static let isActive: Bool = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }
}
