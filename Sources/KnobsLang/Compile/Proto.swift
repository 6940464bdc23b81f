/// A compiled function (or a top-level program): its code and what the code refers to.
final class Proto: @unchecked Sendable {
    let name: String
    let source: SourceFile
    @exclusivity(unchecked) var code: [Instruction] = []
    /// The source range of each instruction, for error messages.
    @exclusivity(unchecked) var ranges: [SourceRange] = []
    @exclusivity(unchecked) var constants: [Value] = []
    /// Number literals used directly by fused instructions.
    @exclusivity(unchecked) var numbers: [Double] = []
    @exclusivity(unchecked) var protos: [Proto] = []
    @exclusivity(unchecked) var callSites: [CallSite] = []
    @exclusivity(unchecked) var methodSites: [MethodSite] = []
    @exclusivity(unchecked) var places: [Place] = []
    @exclusivity(unchecked) var names: [String] = []
    @exclusivity(unchecked) var recordShapes: [[String]] = []
    @exclusivity(unchecked) var formats: [NumberFormat] = []
    @exclusivity(unchecked) var parameterNames: [String] = [] {
        didSet { parameterCount = parameterNames.count }
    }
    @exclusivity(unchecked) private(set) var parameterCount = 0
    /// Registers the frame needs: locals, then temporaries.
    @exclusivity(unchecked) var registerCount = 0
    /// The names of the local registers (their count is what the VM uses).
    @exclusivity(unchecked) var localNames: [String] = [] {
        didSet { localCount = localNames.count }
    }
    @exclusivity(unchecked) private(set) var localCount = 0
    /// For each own cell: the register of the parameter it starts from, or nil.
    @exclusivity(unchecked) var cellParameters: [Reg?] = []
    /// The names of the cells and captures, for messages.
    @exclusivity(unchecked) var cellNames: [String] = []
    @exclusivity(unchecked) var captureNames: [String] = []
    /// Where each capture of a closure made from this proto comes from in the enclosing frame.
    @exclusivity(unchecked) var captureSources: [CaptureSource] = []
    /// How many parameters have defaults; their values are computed in the
    /// defining frame, in the registers from ``defaultsRegister`` on.
    @exclusivity(unchecked) var defaultCount = 0
    @exclusivity(unchecked) var defaultsRegister: Reg = 0

    /// The code, constants and numbers as raw buffers, made once compiling ends
    /// (``seal()``), so the VM can switch between functions without reference counting.
    private(set) var instructions: UnsafeMutablePointer<Instruction> = .allocate(capacity: 1)
    private(set) var constantValues: UnsafeMutablePointer<Value> = .allocate(capacity: 1)
    private(set) var numberValues: UnsafeMutablePointer<Double> = .allocate(capacity: 1)
    /// Where each call site's arguments sit, without reference counting.
    private(set) var callShapes: UnsafeMutablePointer<CallShape> = .allocate(capacity: 1)
    private var sealed = false
    /// Whether a frame of this proto needs cells (some local is captured by a closure).
    private(set) var hasCells = false

    init(name: String, source: SourceFile) {
        self.name = name
        self.source = source
    }

    /// Copies the finished code into the raw buffers the VM runs.
    func seal() {
        precondition(!sealed, "a proto is sealed once")
        sealed = true
        hasCells = !cellParameters.isEmpty
        instructions.deallocate()
        constantValues.deallocate()
        numberValues.deallocate()
        instructions = .allocate(capacity: max(1, code.count))
        instructions.initialize(from: code, count: code.count)
        constantValues = .allocate(capacity: max(1, constants.count))
        constantValues.initialize(from: constants, count: constants.count)
        numberValues = .allocate(capacity: max(1, numbers.count))
        numberValues.initialize(from: numbers, count: numbers.count)
        callShapes.deallocate()
        callShapes = .allocate(capacity: max(1, callSites.count))
        callShapes.initialize(from: callSites.map { CallShape(firstArgument: $0.firstArgument, count: $0.count, positional: $0.labels.isEmpty) }, count: callSites.count)
    }

    deinit {
        if sealed {
            instructions.deinitialize(count: code.count)
            constantValues.deinitialize(count: constants.count)
        }
        instructions.deallocate()
        constantValues.deallocate()
        numberValues.deallocate()
        callShapes.deallocate()
    }
}

/// The part of a call site the VM's fast path needs: plain numbers, no references.
struct CallShape {
    var firstArgument: Reg
    var count: Int32
    var positional: Bool
}

/// Where a closure's captured variable is found when the closure is made.
enum CaptureSource: Sendable {
    /// A cell of the enclosing frame.
    case cell(Int32)
    /// A capture of the enclosing closure.
    case capture(Int32)
}
