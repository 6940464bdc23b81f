import KnobsEngine

/// What `train` returns: `h.loss` and `h.accuracy` per epoch, and `h.steps`.
final class HistoryObject: KnobsObject, @unchecked Sendable {
    let history: TrainingHistory

    init(_ history: TrainingHistory) {
        self.history = history
    }

    var typeName: String { "history" }
    var weight: Int { history.loss.count + history.accuracy.count }
    var memberNames: [String] { ["loss", "accuracy", "steps", "epochs"] }

    var description: String {
        var parts = ["epochs: \(history.loss.count)", "steps: \(history.steps)"]
        if let loss = history.loss.last { parts.append("loss: \(TensorFormatter.numberTexts([loss])[0])") }
        if let accuracy = history.accuracy.last { parts.append("accuracy: \(NumberFormatting.shortest((accuracy * 1000).rounded() / 10))%") }
        return "history(\(parts.joined(separator: ", ")))"
    }

    func property(_ name: String) throws -> Value? {
        switch name {
        case "loss": return .list(ListValue(history.loss.map { .number($0) }))
        case "accuracy": return .list(ListValue(history.accuracy.map { .number($0) }))
        case "steps": return .number(Double(history.steps))
        case "epochs": return .number(Double(history.loss.count))
        default: return nil
        }
    }
}
