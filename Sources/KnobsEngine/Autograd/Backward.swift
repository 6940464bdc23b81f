/// Reverse-mode differentiation: from a scalar back to every tensor it depends on.
extension Tensor {
    /// Fills `grad` of every tensor this scalar was computed from.
    ///
    /// Parameters accumulate (`grad += …`, as in PyTorch: call `zeroGrad` between
    /// steps); every intermediate result gets the gradient of this call alone,
    /// so calling `backward()` twice does not double them.
    public func backward() throws {
        guard count == 1 else {
            throw TensorError.invalid(
                "backward needs a scalar loss, got a tensor of shape \(Shape.describe(shape))",
                hint: "reduce it to one number first, e.g. with mean(...) or sum(...)"
            )
        }
        guard tracksGradient else {
            throw TensorError.invalid(
                "this value does not depend on any parameter, so it has no gradient",
                hint: "make the numbers you want to learn with param(...), and compute outside no_grad"
            )
        }
        let order = topologicalOrder()
        if order.contains(where: { $0.origin?.changedInput != nil }) {
            throw TensorError.invalid(
                "a parameter was changed after the loss was computed from it, so its gradient would be wrong",
                hint: "compute the loss again after changing parameters, then call backward"
            )
        }
        for node in order where node.origin != nil { node.grad = nil }
        grad = isParameter ? (grad ?? [0]).map { $0 + 1 } : [1]
        for node in order.reversed() {
            guard let origin = node.origin, let gradient = node.grad else { continue }
            let inputGradients = origin.rule(gradient, origin.inputs, node)
            for (input, contribution) in zip(origin.inputs, inputGradients) {
                guard let contribution, input.tracksGradient else { continue }
                if var existing = input.grad, existing.count == contribution.count {
                    for i in existing.indices { existing[i] += contribution[i] }
                    input.grad = existing
                } else {
                    input.grad = contribution
                }
            }
        }
    }

    /// Every tensor this one depends on through recorded origins, each after all of its inputs
    /// (and the first input's before the second's). Iterative, so graphs a million
    /// operations deep need no deep stack.
    public func topologicalOrder() -> [Tensor] {
        let walk = GraphWalk.next()
        var order = [Tensor]()
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                order.append(node)
                continue
            }
            guard node.visitMark != walk else { continue }
            node.visitMark = walk
            stack.append((node, true))
            for input in (node.origin?.inputs ?? []).reversed() where input.visitMark != walk {
                stack.append((input, false))
            }
        }
        return order
    }
}
