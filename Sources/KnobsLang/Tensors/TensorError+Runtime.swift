import KnobsEngine

extension TensorError: RuntimeErrorConvertible {
    /// The engine's error as the learner reads it; a tensor too large is a limit (exit code 3).
    public var runtimeError: RuntimeError {
        switch self {
        case .invalid(let message, let hint):
            return RuntimeError(message, hint: hint)
        case .tooLarge(let elements, let limit):
            let size = elements == Int.max ? "a tensor that large" : "a tensor of \(elements) numbers"
            return .limit("\(size) is past the memory limit (\(limit) cells)", hint: "make it smaller, or raise the limit with --max-memory")
        }
    }
}
