#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-thread settings of the engine: whether gradients are recorded, and how
/// big one tensor may be.
///
/// They belong to the thread that runs a program, so two interpreters on two
/// threads never see each other's `no_grad` or limits.
public final class EngineSettings {
    /// Whether operations on parameters record their origin (false inside `no_grad`).
    public var recordsGradients = true
    /// The most elements a new tensor may hold.
    public var maxElements = Int.max
    /// The settings of the calling thread.
    public static var current: EngineSettings {
        if let stored = pthread_getspecific(settingsKey) {
            return Unmanaged<EngineSettings>.fromOpaque(stored).takeUnretainedValue()
        }
        let settings = EngineSettings()
        pthread_setspecific(settingsKey, Unmanaged.passRetained(settings).toOpaque())
        return settings
    }

    /// Runs `body` with gradient recording switched off, as PyTorch's `no_grad`.
    public static func withoutGradients<T>(_ body: () throws -> T) rethrows -> T {
        let settings = current
        let saved = settings.recordsGradients
        settings.recordsGradients = false
        defer { settings.recordsGradients = saved }
        return try body()
    }
}

private let settingsKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<EngineSettings>.fromOpaque(pointer).release()
    }
    return key
}()
