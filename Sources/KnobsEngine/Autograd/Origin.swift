/// How a tensor was computed: the operation, its inputs, and the rule that
/// turns the gradient of the result into gradients of the inputs.
///
/// The rule receives the result and the inputs as arguments and captures
/// neither: a closure that held its own result would keep the whole graph
/// alive (a reference cycle), and one that held its inputs would defeat the
/// iterative teardown in `Tensor.deinit`.
public final class Origin {
    /// The gradient rule: given the gradient of the result, the inputs and the
    /// result, the gradient of each input (nil where an input needs none).
    typealias Rule = (_ gradient: [Double], _ inputs: [Tensor], _ result: Tensor) -> [[Double]?]

    /// The operation's name as `graph(loss)` shows it: `+`, `matmul`, `tanh`.
    public let operation: String
    /// What else the operation was given, as `graph` shows it: `axis: 1`, a row number.
    public let detail: String?
    /// The tensors the result was computed from.
    public internal(set) var inputs: [Tensor]
    let rule: Rule
    /// Each input's ``Tensor/version`` when the result was computed.
    let inputVersions: [Int]

    init(_ operation: String, detail: String?, _ inputs: [Tensor], rule: @escaping Rule) {
        self.operation = operation
        self.detail = detail
        self.inputs = inputs
        self.rule = rule
        self.inputVersions = inputs.map(\.version)
    }

    /// The first input whose values changed since the result was computed.
    var changedInput: Tensor? {
        zip(inputs, inputVersions).first { $0.version != $1 }?.0
    }
}
