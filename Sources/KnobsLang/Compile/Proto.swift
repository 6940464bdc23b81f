/// A compiled function (or a top-level program): its code and what the code refers to.
final class Proto: @unchecked Sendable {
    let name: String
    let source: SourceFile
    @exclusivity(unchecked) var code: [Instruction] = []
    /// The source range of each instruction, for error messages.
    @exclusivity(unchecked) var ranges: [SourceRange] = []
    @exclusivity(unchecked) var constants: [Value] = []
    @exclusivity(unchecked) var protos: [Proto] = []
    @exclusivity(unchecked) var callSites: [CallSite] = []
    @exclusivity(unchecked) var methodSites: [MethodSite] = []
    @exclusivity(unchecked) var places: [Place] = []
    @exclusivity(unchecked) var names: [String] = []
    @exclusivity(unchecked) var recordShapes: [[String]] = []
    @exclusivity(unchecked) var formats: [NumberFormat] = []
    @exclusivity(unchecked) var parameterNames: [String] = []
    /// Registers the frame needs: locals, then temporaries.
    @exclusivity(unchecked) var registerCount = 0
    /// The names of the local registers, for messages.
    @exclusivity(unchecked) var localNames: [String] = []
    /// For each own cell: the register of the parameter it starts from, or nil.
    @exclusivity(unchecked) var cellParameters: [Reg?] = []
    /// Where each capture of a closure made from this proto comes from in the enclosing frame.
    @exclusivity(unchecked) var captureSources: [CaptureSource] = []
    /// How many parameters have defaults; their values are computed in the
    /// defining frame, in the registers from ``defaultsRegister`` on.
    @exclusivity(unchecked) var defaultCount = 0
    @exclusivity(unchecked) var defaultsRegister: Reg = 0

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
