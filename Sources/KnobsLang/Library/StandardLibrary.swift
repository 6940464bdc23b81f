import KnobsEngine

/// The functions and constants every knobs program can use.
///
/// Each entry is a name, documentation and a body; `help(name)` shows the
/// documentation. The topical files (`StandardLibrary+Math.swift` and so on)
/// add their entries here.
public enum StandardLibrary {
    /// Every entry, in a fixed order (the compiler refers to them by index).
    public static let entries: [(name: String, value: Value)] = {
        var all: [(String, Value)] = []
        for group in [math, collections, text, randomness, checks, output, tensors, autograd, networks, training] {
            all.append(contentsOf: group)
        }
        return all
    }()

    /// A native function entry.
    static func function(_ signature: Signature, _ doc: String, _ body: @escaping NativeBody) -> (String, Value) {
        (signature.name, .function(Function(signature, doc: doc, body)))
    }

    /// A function of one number: `sqrt(x)`, `exp(x)`. Where the engine has the
    /// same function, a tensor is mapped element by element, with its gradient.
    static func unary(_ name: String, _ doc: String, _ f: @escaping @Sendable (Double) -> Double) -> (String, Value) {
        let elementwise = Tensor.UnaryFunction(rawValue: name)
        return function(Signature(name, "x"), doc) { args, context in
            if let elementwise, let tensor = args[0].tensor {
                return try context.made(tensor.apply(elementwise))
            }
            if let elementwise, case .list = args[0] {
                return try context.made(try context.tensor(from: args[0], argument: 0, name).apply(elementwise))
            }
            return .number(f(try args.number(0, name)))
        }
    }
}
