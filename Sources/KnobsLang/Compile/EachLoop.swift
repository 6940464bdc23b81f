/// The library functions whose loop over the items runs inside the VM
/// (``Instruction/eachStart(_:function:site:_:)``): each call of the function
/// passed to them switches frames like a call between knobs functions,
/// instead of entering ``VM/execute(_:closure:base:)`` afresh from native code.
enum EachLoop: UInt8, Sendable {
    /// `map(xs, f)`: the list of every `f(x)`.
    case map
    /// `filter(xs, keep)`: the items for which `keep(x)` is true.
    case filter

    /// The loop of the library function with this name, if it has one.
    init?(libraryName: String) {
        switch libraryName {
        case "map": self = .map
        case "filter": self = .filter
        default: return nil
        }
    }

    /// The library function's name, for its messages.
    var name: String {
        switch self {
        case .map: return "map"
        case .filter: return "filter"
        }
    }
}
