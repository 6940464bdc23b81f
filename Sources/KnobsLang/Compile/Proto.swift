/// A compiled function (or a top-level program): its code and what the code refers to.
final class Proto: @unchecked Sendable {
    let name: String
    let source: SourceFile
    var code: [Instruction] = []
    /// The source range of each instruction, for error messages.
    var ranges: [SourceRange] = []
    var constants: [Value] = []
    var protos: [Proto] = []
    var callSites: [CallSite] = []
    var methodSites: [MethodSite] = []
    var places: [Place] = []
    var names: [String] = []
    var recordShapes: [[String]] = []
    var formats: [NumberFormat] = []
    var parameterNames: [String] = []
    /// Registers the frame needs: locals, then temporaries.
    var registerCount = 0
    /// The names of the local registers, for messages.
    var localNames: [String] = []
    /// For each own cell: the register of the parameter it starts from, or nil.
    var cellParameters: [Reg?] = []
    /// Where each capture of a closure made from this proto comes from in the enclosing frame.
    var captureSources: [CaptureSource] = []
    /// How many parameters have defaults; their values are computed in the
    /// defining frame, in the registers from ``defaultsRegister`` on.
    var defaultCount = 0
    var defaultsRegister: Reg = 0

    init(name: String, source: SourceFile) {
        self.name = name
        self.source = source
    }
}

/// Where a closure's captured variable is found when the closure is made.
enum CaptureSource: Sendable {
    /// A cell of the enclosing frame.
    case cell(Int32)
    /// A capture of the enclosing closure.
    case capture(Int32)
}
