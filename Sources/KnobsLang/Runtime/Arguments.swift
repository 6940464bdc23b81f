/// The arguments of a native call, bound to the parameters in order.
public struct Arguments {
    /// One value per parameter, defaults filled in.
    public var values: [Value]
    /// Extra positional arguments of a variadic function.
    public var rest: [Value]

    public init(values: [Value], rest: [Value] = []) {
        self.values = values
        self.rest = rest
    }

    public subscript(index: Int) -> Value { values[index] }
}
