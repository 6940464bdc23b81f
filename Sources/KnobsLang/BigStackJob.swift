import Foundation

/// Runs a closure on a new thread with a large stack and waits for it.
///
/// If the system refuses the stack (say, under `ulimit -v`), smaller ones are
/// tried; the parser's and the VM's own bounds keep every run well inside even
/// the smallest. As a last resort the closure runs on the calling thread.
final class BigStackJob: @unchecked Sendable {
    private let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }

    func runAndWait(stackSize: Int) {
        for size in [stackSize, stackSize / 4, stackSize / 16] where size >= 16 << 20 {
            if runOnThread(stackSize: size) { return }
        }
        work()
    }

    /// Runs the work on a new thread; false when the thread could not be created.
    private func runOnThread(stackSize: Int) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return false }
        let context = Unmanaged.passRetained(self)
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<BigStackJob>.fromOpaque(raw).takeRetainedValue().work()
            return nil
        }, context.toOpaque())
        guard created == 0 else {
            context.release()
            return false
        }
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
        return true
    }
}
